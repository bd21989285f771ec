// Public surface of the match module; filled in by its implementation.
export {};
