/** Approximate coordinates of places in and around Berlin-Pankow (Ortsteil centres), for the fixtures. */
export const places = {
  prenzlauerBerg: { district: 'Prenzlauer Berg', lat: 52.54, lon: 13.412 },
  jobcenter: { district: 'Prenzlauer Berg', address: 'Storkower Straße 133', lat: 52.53, lon: 13.448 },
  weissensee: { district: 'Weißensee', lat: 52.553, lon: 13.462 },
  pankow: { district: 'Pankow', lat: 52.569, lon: 13.402 },
  niederschoenhausen: { district: 'Niederschönhausen', lat: 52.583, lon: 13.398 },
  heinersdorf: { district: 'Heinersdorf', lat: 52.572, lon: 13.437 },
  buch: { district: 'Buch', lat: 52.633, lon: 13.498 },
  karow: { district: 'Karow', lat: 52.613, lon: 13.478 },
  blankenburg: { district: 'Blankenburg', lat: 52.59, lon: 13.458 },
  falkenberg: { district: 'Falkenberg', lat: 52.57, lon: 13.553 },
  spandau: { district: 'Spandau', lat: 52.5354, lon: 13.1975 },
} as const;
