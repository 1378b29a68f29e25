export * from './arrangement';
export * from './codes';
export * from './failures';
export * from './workflow';
export * from './supervision';
export * from './actions';
export * from './users';
