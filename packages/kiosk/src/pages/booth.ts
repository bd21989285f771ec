// Entry of the booth tablet page served at /booth (pages/booth.html).
import '../booth/booth-app/booth-app.js';
