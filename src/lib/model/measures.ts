/** What each figure's `measure` key counts, in words for a heading. */
const LABELS: Record<string, string> = {
  'ain-issa-escapees': 'IS affiliates said to have escaped from the Ain Issa camp',
  'is-prisoners-broke-out-kurdish-camps': 'IS-affiliated prisoners reported breaking out of Kurdish-run camps',
  'ain-issa-camp-population': 'Displaced people in the Ain Issa camp',
  'people-displaced': 'People who have fled their homes since the offensive began, as the UN counts them',
  'kurds-displaced-since-us-pull-out': 'Kurdish people displaced since US forces began pulling out',
  'civilians-killed': 'Civilians killed since the offensive began',
  'civilians-killed-m4-road':
    'Civilians killed on the road where Hervin Khalaf died, as the Syrian Observatory counts them',
  'us-troops-in-syria': 'US troops in Syria',
  'us-troops-alongside-kurds': 'US troops deployed alongside the Kurdish forces',
  'us-troops-in-iraq': 'The force already in Iraq that the troops are to bolster',
  'us-troops-pulled-from-border': 'US troops pulled back from the border',
  'safe-zone-depth': 'Size of Turkey’s planned “safe zone” (the BBC gives its depth; Metro’s “20-mile” may not be)',
  'kurdish-fighters-killed': 'Kurdish fighters killed since the offensive began',
  'kurdish-fighters-killed-against-isis': 'Kurdish fighters who died fighting ISIS as America’s partners',
  'ain-issa-distance-from-border': 'Distance of Ain Issa from the Turkish border',
  'ain-issa-foreign-women-and-children': 'Foreign women and children with jihadist links in the Ain Issa camp',
  'sdf-prisons-holding-is-suspects': 'Prisons in which the SDF says it holds IS suspects',
  'seized-roads-distance-from-border': 'Distance from the border of the roads Turkey’s allies say they seized',
  'syrian-war-civilians-killed': 'Civilians killed in years of fighting in Syria',
  'syrian-civil-war-length': 'Length of the Syrian civil war',
  'offensive-length-before-pause': 'Length of Turkey’s offensive before the pause',
  'turkish-soldiers-killed': 'Turkish soldiers killed',
  'is-suspects-held': 'IS suspects the SDF says it holds',
  'foreign-is-suspects-held': 'Foreign IS suspects among those the SDF says it holds',
  'isis-militants-remaining': 'ISIS militants a think tank estimates may remain in Iraq and Syria',
  'isis-fighting-units-struck': 'ISIS fighting units struck',
  airstrikes: 'Airstrikes against ISIS targets on 15 December 2018',
  'first-convoy-vehicles': 'Armoured vehicles in the convoy out of Rmeilan, with “some trucks”',
  'front-length': 'Length of the stretch of border along which the SDF faces Turkish assaults',
  'refugees-to-resettle': 'Syrian refugees Turkey plans to resettle',
  'villages-captured': 'Villages Turkey’s allies say they have captured',
  'westminster-protesters': 'Protesters at Westminster',
  'european-marchers': 'Marchers in European cities',
  'us-kurdish-partnership-length': 'Length of the US–Kurdish partnership',
};

/** The heading for a measure; an unlisted key reads as its words. */
export function measureLabel(measure: string): string {
  const label = LABELS[measure];
  if (label) return label;
  const words = measure.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
