// The demo fair as plain data: a Markt der Möglichkeiten in Berlin-Pankow (fictional providers, illustrative radar).
import event from './data/event.json' with { type: 'json' };
import offers from './data/offers.json' with { type: 'json' };
import providers from './data/providers.json' with { type: 'json' };
import radar from './data/radar.json' with { type: 'json' };
import stands from './data/stands.json' with { type: 'json' };

/** The whole demo fair: `{ event, providers, offers, stands, radar }`, each as the SDK's *Input shape. */
export const demoFair = Object.freeze({ event, providers, offers, stands, radar });

export default demoFair;
