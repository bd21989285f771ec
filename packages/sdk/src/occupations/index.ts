// Public surface of the occupations module; filled in by its implementation.
export {};
