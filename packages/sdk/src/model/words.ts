/** The words of a space-separated list as a tuple type: `Words<'a b'>` is `['a', 'b']`. */
export type Words<List extends string> = List extends `${infer Word} ${infer Rest}` ? [Word, ...Words<Rest>] : [List];

/**
 * A word list written as one string of words separated by single spaces (shorter in the bundle than an array
 * literal), typed as the readonly tuple `as const` would give (internal: not exported from the package).
 * @param list the words, separated by single spaces
 * @returns a new array of the words
 * @example words('light medium heavy') // ['light', 'medium', 'heavy'], typed readonly ['light', 'medium', 'heavy']
 */
export const words = <List extends string>(list: List): Readonly<Words<List>> => list.split(' ') as Words<List>;
