// Runs axe-core against an element in the real browser and fails with a readable list of violations.
import 'axe-core/axe.min.js';

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}
declare const axe: { run: (context: Element, options?: object) => Promise<{ violations: AxeViolation[] }> };

/** Resolves when axe finds no violation in `element`; rejects listing each rule and the nodes at fault. */
export async function expectAccessible(element: Element): Promise<void> {
  const { violations } = await axe.run(element, { resultTypes: ['violations'] });
  if (violations.length > 0) {
    const list = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
    throw new Error(`axe found ${violations.length} violation(s):\n${list.join('\n')}`);
  }
}
