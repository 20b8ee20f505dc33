/** Where this browser keeps its sourcing list (components/list/list-store.ts reads it). */
export const LIST_KEY = 'pifa.sourcing-list';
export const SET_ASIDE_KEY = 'pifa.sourcing-list.set-aside';
