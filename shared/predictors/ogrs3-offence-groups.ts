/**
 * OGRS3 offence-group parameters, one per group of current offence.
 *
 * Where the numbers come from matters more here than anywhere else in the calculator, so every group carries its
 * source. The published sources give the age/sex table, the Copas weight, the first-sanction terms and the two
 * logistic constants, but NOT the offence-group table: the parameter is looked up from the offence code through
 * the Manage Offences "actuarial mapping", and the table is still to be checked against the printed Research
 * Summary 7/09.
 *
 * MoJ's own OGRS3 implementation (ministryofjustice/hmpps-arns-risk-actuarial-api, commit 1811fe7, the same
 * commit as OGRS3TransformationHelper.kt) carries a copy of that mapping for its development and test environments
 * (`wiremock-manage-offences-api/__files/actuarial-mapping.json`): 3,028 Home Office offence codes, each with an
 * `ogrs3Weighting` and the name of its group. The 20 distinct group/parameter pairs it holds are listed below. Each
 * group maps to exactly one value there, which is what a fitted category parameter looks like (Violence is 0, the
 * reference group). They are not yet checked against the printed summary, and the calculator says so next to the
 * term. A group whose parameter is not known carries `parameter: null`, and the calculator then refuses to give a
 * probability rather than guess one (see `ogrs3.ts`).
 *
 * See docs/decisions/0003-ogrs3-offence-group-source.md.
 */

export type Ogrs3ParameterSource =
  /** MoJ's own code: its copy of the Manage Offences actuarial mapping (see above). */
  | 'moj-actuarial-mapping'
  /** Not known from any source the project holds. */
  | 'not-available';

export interface Ogrs3OffenceGroup {
  id: string;
  /** The group's name as a trainee would recognise it. */
  label: string;
  /** Added to the linear score; null when no source gives it. */
  parameter: number | null;
  source: Ogrs3ParameterSource;
  /**
   * A plain-words reading of the group's name, so a trainee can place a fictional offence. The mapping itself works
   * from exact offence codes, which this practice app does not hold.
   */
  examples: string;
}

export const OGRS3_PARAMETER_SOURCE_NOTE: Record<Ogrs3ParameterSource, string> = {
  'moj-actuarial-mapping':
    "Taken from the Ministry of Justice's own code (its copy of the offence-to-group mapping used by its actuarial " +
    'service). Not yet checked against the printed 2009 research summary.',
  'not-available':
    'Not available from the published sources this app holds. The calculator will not guess it, so no probability ' +
    'can be shown for this group.',
};

export const OGRS3_OFFENCE_GROUPS: readonly Ogrs3OffenceGroup[] = [
  {
    id: 'violence',
    label: 'Violence',
    parameter: 0,
    source: 'moj-actuarial-mapping',
    examples: 'assaults, wounding, threats to kill (the reference group: its parameter is zero)',
  },
  {
    id: 'robbery',
    label: 'Robbery',
    parameter: -0.6348,
    source: 'moj-actuarial-mapping',
    examples: 'robbery and assault with intent to rob',
  },
  {
    id: 'public-order',
    label: 'Public order',
    parameter: 0.1819,
    source: 'moj-actuarial-mapping',
    examples: 'affray, violent disorder, causing fear or harassment in public',
  },
  {
    id: 'sexual-not-child',
    label: 'Sexual offence (not against a child)',
    parameter: 0.0328,
    source: 'moj-actuarial-mapping',
    examples: 'sexual offences against adults',
  },
  {
    id: 'sexual-child',
    label: 'Sexual offence against a child',
    parameter: -0.6534,
    source: 'moj-actuarial-mapping',
    examples: 'sexual offences where the victim is a child',
  },
  {
    id: 'soliciting',
    label: 'Soliciting or prostitution',
    parameter: 0.7606,
    source: 'moj-actuarial-mapping',
    examples: 'soliciting and related offences',
  },
  {
    id: 'burglary-domestic',
    label: 'Burglary (domestic)',
    parameter: -0.1239,
    source: 'moj-actuarial-mapping',
    examples: 'burglary of a dwelling',
  },
  {
    id: 'burglary-other',
    label: 'Burglary (other)',
    parameter: 0.2406,
    source: 'moj-actuarial-mapping',
    examples: 'burglary of shops, offices, sheds and other buildings',
  },
  {
    id: 'theft-non-motor',
    label: 'Theft (not motor vehicles)',
    parameter: 0.6612,
    source: 'moj-actuarial-mapping',
    examples: 'shoplifting, theft from the person, theft by an employee',
  },
  {
    id: 'handling',
    label: 'Handling stolen goods',
    parameter: 0.3519,
    source: 'moj-actuarial-mapping',
    examples: 'receiving or handling stolen property',
  },
  {
    id: 'fraud-forgery',
    label: 'Fraud and forgery',
    parameter: 0.1599,
    source: 'moj-actuarial-mapping',
    examples: 'fraud, false representation, forgery',
  },
  {
    id: 'theft-from-vehicles',
    label: 'Theft from vehicles',
    parameter: 0.4272,
    source: 'moj-actuarial-mapping',
    examples: 'stealing from a parked car or van',
  },
  {
    id: 'taking-and-driving-away',
    label: 'Taking and driving away and related offences',
    parameter: 0.3801,
    source: 'moj-actuarial-mapping',
    examples: 'taking a vehicle without consent, aggravated vehicle taking',
  },
  {
    id: 'criminal-damage',
    label: 'Criminal damage',
    parameter: 0.205,
    source: 'moj-actuarial-mapping',
    examples: 'damaging or destroying property',
  },
  {
    id: 'drink-driving',
    label: 'Drink driving and related offences',
    parameter: -0.1214,
    source: 'moj-actuarial-mapping',
    examples: 'driving over the limit, failing to provide a specimen',
  },
  {
    id: 'other-motoring',
    label: 'Other motoring offences',
    parameter: 0.2622,
    source: 'moj-actuarial-mapping',
    examples: 'driving while disqualified, driving without insurance',
  },
  {
    id: 'drug-import-export-production',
    label: 'Drug import, export or production',
    parameter: -0.7956,
    source: 'moj-actuarial-mapping',
    examples: 'importing or producing controlled drugs',
  },
  {
    id: 'drug-possession-supply',
    label: 'Drug possession or supply',
    parameter: 0.0772,
    source: 'moj-actuarial-mapping',
    examples: 'possession, possession with intent to supply, supply',
  },
  {
    id: 'absconding-bail',
    label: 'Absconding or bail offences',
    parameter: 0.7334,
    source: 'moj-actuarial-mapping',
    examples: 'failing to surrender to bail, absconding',
  },
  {
    id: 'other',
    label: 'Other offence',
    parameter: -0.0607,
    source: 'moj-actuarial-mapping',
    examples: 'offences that fall in none of the groups above',
  },
  {
    id: 'needs-exact-offence',
    label: 'Cannot be placed without the exact offence',
    parameter: null,
    source: 'not-available',
    examples:
      'some offence codes are mapped to no group until the exact offence is known; the mapping gives no parameter',
  },
];

export function findOgrs3OffenceGroup(id: string): Ogrs3OffenceGroup | undefined {
  return OGRS3_OFFENCE_GROUPS.find((group) => group.id === id);
}
