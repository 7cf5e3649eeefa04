/**
 * The URL slug of a place name: "Paris, Berlin and other European cities" →
 * `paris-berlin-and-other-european-cities`. In `content/` because the content check must
 * know, before the build, that every place has one and that no two places share one.
 */
export function slugOfPlace(place: string): string {
  return (
    place
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // Turkish dotless i does not decompose: Şanlıurfa is `sanliurfa`.
      .replace(/ı/g, 'i')
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}
