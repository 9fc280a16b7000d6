/** Ordinary writing that must pass untouched: Welsh, accents, Arabic, Hebrew, Hindi, Persian, emoji. */
export const ordinaryText = [
  'Ŵyr Siân a’r ddraig goch: ŷ, ŵ, â, ê, î, ô, û.',
  'Café, naïve, Zoë, Ångström, façade, Łódź.',
  'مرحبا بالعالم',
  'שלום עולם',
  'नमस्ते, क्षत्रिय',
  'می‌خواهم', // Persian with a zero-width non-joiner between letters
  'Emoji: 😀 👍🏽 👩‍⚕️ 👨‍👩‍👧 🏳️‍🌈 🏴󠁧󠁢󠁷󠁬󠁳󠁿',
];
