// Public surface of the quiz module; filled in by its implementation.
export {};
