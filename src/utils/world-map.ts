import { geoArea, geoCentroid, geoEqualEarth, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A country of Natural Earth as world-atlas ships it: the M49 / ISO numeric code as `id`, its English `name`. */
export type CountryFeature = Feature<Geometry, { name: string }> & { id?: string | number };

/**
 * The countries of a world-atlas topology (`countries-110m.json`, `countries-50m.json`) as GeoJSON features.
 * @example countryFeatures(topology).find((country) => country.id === '360')?.properties.name // → 'Indonesia'
 */
export function countryFeatures(topology: unknown): CountryFeature[] {
	const world = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
	return (feature(world, world.objects.countries) as FeatureCollection<Geometry, { name: string }>).features as CountryFeature[];
}

/** One shape or marker of a drawn map: the country's code, its SVG path or its circle, in the map's pixels. */
export interface MapShape {
	m49: string;
	d?: string;
	circle?: { cx: number; cy: number; r: number };
}

export interface MapLayout {
	width: number;
	height: number;
	shapes: MapShape[];
	/** Where to write a country's name: the centre of its largest part, for the `labelled` countries in view. */
	labels: { m49: string; x: number; y: number }[];
}

/** A feature's largest polygon: a label at the centre of a whole multipolygon can fall in the sea. */
function largestPart(country: CountryFeature): Feature {
	const { geometry } = country;
	if (geometry.type !== 'MultiPolygon') return country;
	const parts = geometry.coordinates.map((coordinates): Feature => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } }));
	return parts.sort((a, b) => geoArea(b) - geoArea(a))[0]!;
}

/** Antarctica has no state to show and takes a fifth of the height. */
const antarctica = '010';
const markerRadius = 4;
/** Line height of a map label, in map pixels. */
const labelLine = 14;

/**
 * Lays out a map: every country of the base layer as a path (rounded to whole pixels tenths, which keeps the page
 * light), and each wanted country missing from it (a small island state at 1:110 million) as a circle at the centroid
 * of its shape in the finer layer. `bounds` crops to a region ([[west, south], [east, north]] in degrees).
 * @example layoutMap({ base, fine, wanted: ['480'], width: 960 }) // Mauritius, absent at 110m, drawn as a circle
 */
export function layoutMap(options: {
	base: CountryFeature[];
	fine: CountryFeature[];
	wanted: string[];
	labelled?: string[];
	width: number;
	bounds?: [[number, number], [number, number]];
}): MapLayout {
	const { base, fine, wanted, width } = options;
	const shown = base.filter((country) => country.id !== undefined && String(country.id) !== antarctica);
	let projection: GeoProjection;
	let height: number;
	if (options.bounds) {
		const [[west, south], [east, north]] = options.bounds;
		const frame: Feature = {
			type: 'Feature',
			properties: {},
			geometry: { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] },
		};
		projection = geoMercator().fitWidth(width, frame);
		const path = geoPath(projection);
		const [[, top], [, bottom]] = path.bounds(frame);
		height = Math.ceil(bottom - top);
		projection.translate([projection.translate()[0], projection.translate()[1] - top]);
	} else {
		// The whole globe fits the width; the height stops short of Antarctica (60° S).
		const sphere = { type: 'Sphere' } as const;
		projection = geoEqualEarth().fitWidth(width, sphere);
		const [[, top]] = geoPath(projection).bounds(sphere);
		projection.translate([projection.translate()[0], projection.translate()[1] - top]);
		height = Math.ceil(projection([0, -60])![1]);
	}
	const path = geoPath(projection).digits(1);
	const inView = (x: number, y: number) => x >= 0 && x <= width && y >= 0 && y <= height;
	const shapes: MapShape[] = [];
	for (const country of shown) {
		const d = path(country);
		if (!d) continue;
		if (options.bounds) {
			const [[x0, y0], [x1, y1]] = path.bounds(country);
			if (x1 < 0 || x0 > width || y1 < 0 || y0 > height) continue;
		}
		shapes.push({ m49: String(country.id), d });
	}
	const drawn = new Set(shapes.map((shape) => shape.m49));
	for (const m49 of wanted) {
		if (drawn.has(m49)) continue;
		// The finer layer may split a state into several features (overseas parts): the largest is the state itself.
		const parts = fine.filter((country) => String(country.id) === m49);
		const main = parts.sort((a, b) => geoPath().area(b) - geoPath().area(a))[0];
		if (!main) continue;
		const point = projection(geoCentroid(main));
		if (!point || !inView(point[0], point[1])) continue;
		shapes.push({ m49, circle: { cx: Math.round(point[0] * 10) / 10, cy: Math.round(point[1] * 10) / 10, r: markerRadius } });
	}
	const labels: MapLayout['labels'] = [];
	for (const m49 of options.labelled ?? []) {
		const country = base.find((candidate) => String(candidate.id) === m49) ?? fine.find((candidate) => String(candidate.id) === m49);
		const point = country && projection(geoCentroid(largestPart(country)));
		if (!point || !inView(point[0], point[1])) continue;
		const label = { m49, x: Math.round(point[0]), y: Math.round(point[1]) };
		// Names close together (Brunei and Malaysia on Borneo) would overprint: move a name below the one it meets.
		while (labels.some((other) => Math.abs(other.x - label.x) < 60 && Math.abs(other.y - label.y) < labelLine)) label.y += labelLine;
		labels.push(label);
	}
	return { width, height, shapes, labels };
}
