// Entry of the take-home list page served at /list#v=1&e=…&l=…&o=… (pages/list.html).
import { startList } from '../list/list-app.js';

startList(document.querySelector<HTMLElement>('#app') ?? document.body);
