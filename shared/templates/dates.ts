// Calendar dates now live with every other date format; this keeps the template modules' imports working.
export { formatIsoDate, isIsoDate, parseUkDate } from '../dates/format';
