// Entry of the phone page served at /s/<token> (pages/phone.html): a stand's page on the visitor's phone.
import { startPhone, tokenFromPath } from '../phone/phone-app.js';

const root = document.querySelector<HTMLElement>('#app') ?? document.body;
const token = tokenFromPath(location.pathname) ?? new URLSearchParams(location.search).get('token') ?? '';
startPhone(root, { token });
