// Public surface of the search module; filled in by its implementation.
export {};
