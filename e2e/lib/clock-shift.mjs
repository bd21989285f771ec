/* global process */
// Preloaded with `node --import` into a `markt` CLI child process: moves that process's clock forward by
// MARKT_E2E_CLOCK_OFFSET_MS, so that `markt purge` runs "after the retention period" without waiting a month.
const offset = Number(process.env.MARKT_E2E_CLOCK_OFFSET_MS ?? 0);
if (Number.isFinite(offset) && offset !== 0) {
  const RealDate = Date;
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate;
}
