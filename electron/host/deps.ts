/** The ports under their earlier module name, for code not yet moved over to `./ports`. */
export type * from './ports';
