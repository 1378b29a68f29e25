/**
 * The rules and field schemas the API validates with live in libs/contracts, where the web's forms
 * read the same ones: a field's rule is written once.
 */
export * from '../../../../libs/contracts/rules';
