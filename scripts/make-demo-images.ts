/**
 * Draws the illustrations of the demo articles into `demo/images/` as small,
 * self-contained SVG files (16:9, no fonts, no external references). Flat
 * vector scenes instead of photos, because the demo may only ship pictures
 * that we own.
 *
 *   node scripts/make-demo-images.ts
 *
 * Output is deterministic: random details come from a seeded generator, so
 * running the script again yields byte-identical files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Deterministic, so regenerated files do not change.
import { seeded } from '../bench/lib/random.ts';

const W = 1200;
const H = 675;
const outDir = join(import.meta.dirname, '..', 'demo', 'images');

type Attrs = Record<string, string | number | undefined>;
type Stop = readonly [offset: number, color: string, opacity?: number];
type Point = readonly [number, number];

interface Scene {
  file: string;
  /** Becomes the SVG `<title>`; says what the picture shows. */
  title: string;
  draw: () => { defs: string[]; body: string[] };
}

// ── SVG building blocks ─────────────────────────────────────────────────────

/** One decimal place is plenty at 1200 px and keeps the files small. */
function num(v: number): string {
  return String(Math.round(v * 10) / 10);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function el(tag: string, attrs: Attrs, inner = ''): string {
  let out = `<${tag}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return inner ? `${out}>${inner}</${tag}>` : `${out}/>`;
}

const rect = (x: number, y: number, w: number, h: number, fill: string, a: Attrs = {}) =>
  el('rect', { x, y, width: w, height: h, fill, ...a });
const circle = (cx: number, cy: number, r: number, fill: string, a: Attrs = {}) => el('circle', { cx, cy, r, fill, ...a });
const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, a: Attrs = {}) =>
  el('ellipse', { cx, cy, rx, ry, fill, ...a });
const path = (d: string, fill: string, a: Attrs = {}) => el('path', { d, fill, ...a });
const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, a: Attrs = {}) =>
  el('line', { x1, y1, x2, y2, stroke, 'stroke-width': width, ...a });
const polygon = (pts: readonly Point[], fill: string, a: Attrs = {}) =>
  el('polygon', { points: pts.map(([x, y]) => `${num(x)},${num(y)}`).join(' '), fill, ...a });
const polyline = (pts: readonly Point[], stroke: string, width: number, a: Attrs = {}) =>
  el('polyline', {
    points: pts.map(([x, y]) => `${num(x)},${num(y)}`).join(' '),
    fill: 'none',
    stroke,
    'stroke-width': width,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    ...a,
  });
const group = (a: Attrs, ...children: string[]) => el('g', a, children.join(''));
const use = (id: string, x: number, y: number, a: Attrs = {}) => el('use', { href: `#${id}`, x, y, ...a });

function gradient(tag: 'linearGradient' | 'radialGradient', id: string, stops: readonly Stop[], a: Attrs): string {
  const inner = stops
    .map(([offset, color, opacity]) => el('stop', { offset, 'stop-color': color, 'stop-opacity': opacity }))
    .join('');
  return el(tag, { id, ...a }, inner);
}
/** Top-to-bottom by default; pass x2=1, y2=0 for left-to-right. */
const linear = (id: string, stops: readonly Stop[], x2 = 0, y2 = 1) => gradient('linearGradient', id, stops, { x1: 0, y1: 0, x2, y2 });
const radial = (id: string, stops: readonly Stop[]) => gradient('radialGradient', id, stops, {});

/** A rectangle with squared corners as path data, for merging many into one path. */
const box = (x: number, y: number, w: number, h: number) => `M${num(x)} ${num(y)}h${num(w)}v${num(h)}h${num(-w)}z`;

function pick<T>(items: readonly T[], r: number): T {
  const item = items[Math.floor(r * items.length) % items.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const range = (count: number) => Array.from({ length: count }, (_, i) => i);

function document(scene: Scene): string {
  const { defs, body } = scene.draw();
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="title">` +
    `<title id="title">${escapeXml(scene.title)}</title>` +
    (defs.length > 0 ? `<defs>${defs.join('')}</defs>` : '') +
    body.join('') +
    '</svg>\n'
  );
}

// ── Shared motifs ───────────────────────────────────────────────────────────

/** A runner mid-stride; (x, y) is the front foot's ground line, s the scale. */
function runner(x: number, y: number, s: number, shirt: string, skin = '#e0b48a'): string {
  const p = (dx: number, dy: number): Point => [x + dx * s, y + dy * s];
  const limbs = { stroke: '#2b2b33', width: 9 * s };
  return group(
    {},
    polyline([p(-6, -30), p(-18, -8), p(-38, -6)], limbs.stroke, limbs.width),
    polyline([p(-6, -30), p(12, -14), p(6, 6)], limbs.stroke, limbs.width),
    polyline([p(-2, -66), p(-22, -50), p(-30, -32)], skin, 7 * s),
    polyline([p(-2, -66), p(-6, -30)], shirt, 18 * s),
    polyline([p(-2, -64), p(16, -52), p(22, -68)], skin, 7 * s),
    circle(x + 0 * s, y - 82 * s, 10 * s, skin),
  );
}

/** A standing person seen from behind or the side, as a simple silhouette. */
function person(x: number, y: number, s: number, body: string, head = '#d9a77c'): string {
  return group(
    {},
    path(`M${num(x - 22 * s)} ${num(y)}v${num(-70 * s)}q0 ${num(-26 * s)} ${num(22 * s)} ${num(-26 * s)}q${num(22 * s)} 0 ${num(22 * s)} ${num(26 * s)}v${num(70 * s)}z`, body),
    circle(x, y - 112 * s, 16 * s, head),
  );
}

// ── Scenes ──────────────────────────────────────────────────────────────────

const scenes: Scene[] = [
  {
    file: 'kastanienbruecke-sanierung.svg',
    title: 'Eine steinerne Bogenbrücke über einen Fluss, deren Mittelteil eingerüstet ist; daneben ein Baukran',
    draw() {
      const defs = [
        linear('sky', [[0, '#b8d4e6'], [1, '#f4ede1']]),
        linear('water', [[0, '#4d7f9d'], [1, '#1f3f55']]),
      ];
      const r = seeded(11);
      let skyline = '';
      for (let x = 0; x < W; ) {
        const w = 40 + r() * 60;
        const h = 50 + r() * 110;
        skyline += box(x, 462 - h, w - 4, h);
        x += w;
      }
      const stone = '#7c6b5e';
      const arches: string[] = [];
      const piers = [150, 450, 750, 1050];
      for (let i = 0; i < piers.length - 1; i++) {
        const a = (piers[i] ?? 0) + 25;
        const b = (piers[i + 1] ?? 0) - 25;
        const mid = (a + b) / 2;
        arches.push(path(`M${a} 470Q${mid} 314 ${b} 470`, 'none', { stroke: stone, 'stroke-width': 18 }));
        for (const t of [0.14, 0.3, 0.7, 0.86]) {
          const x = (1 - t) * (1 - t) * a + 2 * (1 - t) * t * mid + t * t * b;
          const y = (1 - t) * (1 - t) * 470 + 2 * (1 - t) * t * 314 + t * t * 470;
          arches.push(line(x, y, x, 386, stone, 10));
        }
      }
      let scaffold = '';
      for (let x = 440; x <= 760; x += 40) scaffold += `M${x} 240V470`;
      for (let y = 250; y <= 460; y += 42) scaffold += `M440 ${y}H760`;
      let barrier = '';
      for (let x = 440; x < 760; x += 40) barrier += box(x, 334, 20, 14);
      let lattice = 'M888 110';
      for (let y = 110; y < 360; y += 25) lattice += `L912 ${y + 12}L888 ${y + 25}`;
      let waves = '';
      for (let i = 0; i < 14; i++) {
        const x = r() * 1100;
        const y = 500 + r() * 160;
        waves += `M${num(x)} ${num(y)}q20 -8 40 0t40 0`;
      }
      return {
        defs,
        body: [
          rect(0, 0, W, H, 'url(#sky)'),
          circle(200, 140, 64, '#fbe4ad', { opacity: 0.9 }),
          path(skyline, '#a7bccb'),
          polygon([[300, 462], [300, 250], [318, 180], [336, 250], [336, 462]], '#98afc0'),
          rect(0, 460, W, 215, 'url(#water)'),
          path(waves, 'none', { stroke: '#a9c9dc', 'stroke-width': 4, opacity: 0.5, 'stroke-linecap': 'round' }),
          ...piers.map((x) => rect(x - 25, 380, 50, 110, '#6c5d52')),
          ...arches,
          rect(0, 362, W, 26, stone),
          rect(0, 348, W, 14, '#8f7e71'),
          rect(440, 240, 320, 230, '#efe7d8', { opacity: 0.55 }),
          path(scaffold, 'none', { stroke: '#cf8a2e', 'stroke-width': 5 }),
          rect(440, 334, 320, 14, '#fff'),
          path(barrier, '#c8102e'),
          path(lattice, 'none', { stroke: '#e3a72f', 'stroke-width': 5 }),
          rect(884, 100, 8, 262, '#e3a72f'),
          rect(908, 100, 8, 262, '#e3a72f'),
          rect(740, 96, 420, 16, '#e3a72f'),
          rect(1100, 112, 56, 34, '#5b5b5b'),
          polygon([[880, 96], [900, 50], [920, 96]], '#e3a72f'),
          line(790, 112, 790, 226, '#333', 3),
          rect(752, 226, 76, 12, '#5b5b5b'),
        ],
      };
    },
  },
  {
    file: 'kastanienbruecke-umleitung.svg',
    title: 'Schematische Karte: ein Fluss, eine rot markierte gesperrte Brücke und eine orange gestrichelte Umleitung über eine zweite Brücke im Norden',
    draw() {
      let blocks = '';
      for (let x = 20; x < W; x += 150) {
        for (let y = 20; y < H; y += 125) {
          if (x + 110 > 440 && x < 720) continue;
          blocks += box(x, y, 110, 85);
        }
      }
      const roads = 'M0 150H1200M0 400H1200M300 0V675M900 0V675M120 0V675M1080 0V675M0 600H1200';
      return {
        defs: [],
        body: [
          rect(0, 0, W, H, '#eef0e8'),
          path(blocks, '#dcdfd3'),
          path('M520 -20C480 200 680 420 620 700', 'none', { stroke: '#8fc1dd', 'stroke-width': 90 }),
          path(roads, 'none', { stroke: '#fff', 'stroke-width': 18 }),
          path('M120 400H300V150H900V400H1080', 'none', {
            stroke: '#f08a24',
            'stroke-width': 12,
            'stroke-dasharray': '26 14',
            'stroke-linejoin': 'round',
          }),
          line(440, 400, 760, 400, '#c8102e', 16),
          line(450, 400, 750, 400, '#fff', 4, { 'stroke-dasharray': '14 14' }),
          circle(120, 400, 18, '#1f3f55'),
          circle(1080, 400, 18, '#1f3f55'),
          circle(600, 490, 40, '#c8102e'),
          rect(574, 482, 52, 16, '#fff'),
          polygon([[600, 236], [642, 310], [558, 310]], '#fff', { stroke: '#c8102e', 'stroke-width': 8, 'stroke-linejoin': 'round' }),
          path('M585 296l12 -28l10 14l8 14z', '#333'),
        ],
      };
    },
  },
  {
    file: 'fundbuero-nuernberg.svg',
    title: 'Regale mit Fundstücken: Regenschirme, Koffer, Teddybär, Fahrradhelm, Gartenzwerg, Schlüsselbund, Geige, Brille, Smartphone, Rucksack und Kartons',
    draw() {
      const wood = '#7b5a3c';
      const tag = (x: number, y: number) => rect(x, y, 26, 16, '#fffdf6', { stroke: '#b9a88f', 'stroke-width': 2, rx: 3 });
      return {
        defs: [linear('wall', [[0, '#f3e9d8'], [1, '#e4d2b6']])],
        body: [
          rect(0, 0, W, H, 'url(#wall)'),
          rect(0, 610, W, 65, '#b48f69'),
          rect(130, 40, 20, 570, wood),
          rect(1050, 40, 20, 570, wood),
          path(`${box(130, 230, 940, 14)}${box(130, 410, 940, 14)}${box(130, 590, 940, 14)}`, wood),
          // Umbrella, closed, standing
          polygon([[198, 228], [210, 110], [222, 228]], '#2f4f6f'),
          path('M210 110V80q0 -16 14 -16t14 16', 'none', { stroke: '#333', 'stroke-width': 6, 'stroke-linecap': 'round' }),
          // Suitcase with tag
          rect(270, 120, 150, 108, '#2f5d7c', { rx: 12 }),
          path('M318 120v-18h54v18', 'none', { stroke: '#1d3b50', 'stroke-width': 8 }),
          path('M300 120v108M390 120v108', 'none', { stroke: '#1d3b50', 'stroke-width': 6 }),
          tag(400, 140),
          // Teddy bear
          circle(520, 190, 38, '#b07a4a'),
          circle(496, 116, 12, '#b07a4a'),
          circle(544, 116, 12, '#b07a4a'),
          circle(520, 136, 28, '#b07a4a'),
          ellipse(520, 146, 12, 9, '#e2c19b'),
          circle(510, 130, 3, '#3a2a1c'),
          circle(530, 130, 3, '#3a2a1c'),
          // Books
          rect(600, 150, 24, 80, '#8c2f39'),
          rect(626, 162, 20, 68, '#3d7a5a'),
          rect(648, 140, 26, 90, '#d9a441'),
          // Bicycle helmet
          path('M720 228q0 -90 90 -90t90 90z', '#e2533d'),
          path('M760 180q50 -30 100 0M745 210q65 -30 130 0', 'none', { stroke: '#a8321f', 'stroke-width': 8 }),
          // Garden gnome
          polygon([[980, 100], [1010, 160], [950, 160]], '#d0312d'),
          circle(980, 170, 16, '#f0c9a0'),
          polygon([[962, 176], [998, 176], [980, 206]], '#fafafa'),
          rect(958, 196, 44, 34, '#2e5fa3', { rx: 8 }),
          // Keys on a ring
          circle(220, 330, 22, 'none', { stroke: '#9a9a9a', 'stroke-width': 6 }),
          group({ fill: '#c9a640' }, rect(230, 344, 12, 60, '#c9a640', { transform: 'rotate(-20 236 344)' }), circle(236, 350, 12, '#c9a640')),
          group({}, rect(200, 348, 12, 56, '#a8b0b8', { transform: 'rotate(15 206 348)' }), circle(206, 352, 11, '#a8b0b8')),
          // Violin
          ellipse(380, 360, 34, 28, '#9a4b22'),
          ellipse(380, 314, 27, 24, '#9a4b22'),
          rect(374, 240, 12, 70, '#3a2a1c'),
          circle(380, 240, 9, '#3a2a1c'),
          path('M378 250V380M382 250V380', 'none', { stroke: '#e8d8b0', 'stroke-width': 1.5 }),
          // Glasses
          circle(500, 380, 24, 'none', { stroke: '#333', 'stroke-width': 6 }),
          circle(562, 380, 24, 'none', { stroke: '#333', 'stroke-width': 6 }),
          path('M524 376q7 -8 14 0', 'none', { stroke: '#333', 'stroke-width': 6 }),
          // Wallet and phone
          rect(630, 350, 110, 60, '#6b4226', { rx: 8 }),
          rect(700, 370, 40, 22, '#8a5a36', { rx: 6 }),
          rect(780, 300, 58, 110, '#222b33', { rx: 10 }),
          rect(788, 312, 42, 84, '#6fa3c7', { rx: 4 }),
          // Backpack
          path('M900 410v-80q0 -50 50 -50t50 50v80z', '#6a783c'),
          path('M932 290q18 -30 36 0', 'none', { stroke: '#4f5a2c', 'stroke-width': 8 }),
          rect(918, 352, 64, 44, '#7e8c4a', { rx: 10 }),
          line(918, 366, 982, 366, '#4f5a2c', 4),
          tag(1000, 380),
          // Boxes
          rect(170, 500, 180, 90, '#c9a16b'),
          rect(370, 520, 140, 70, '#bf9560'),
          rect(530, 480, 200, 110, '#c9a16b'),
          path('M170 530h180M530 520h200', 'none', { stroke: '#a88050', 'stroke-width': 6 }),
          tag(300, 560),
          tag(690, 560),
          // Umbrella, open, lying on its side
          path('M780 590q20 -110 130 -110t130 110z', '#3d8d7a'),
          path('M910 480v110M845 590q30 -80 65 -110q35 30 65 110', 'none', { stroke: '#2a6b5c', 'stroke-width': 4 }),
        ],
      };
    },
  },
  {
    file: 'rufbus-dresden.svg',
    title: 'Ein weißer Kleinbus vor einer stilisierten Karte mit einer gepunkteten Route zwischen Haltepunkten, daneben ein Smartphone mit Standortmarkierung',
    draw() {
      const stops: Point[] = [[120, 120], [330, 220], [520, 140], [760, 230], [980, 110], [1100, 290]];
      return {
        defs: [],
        body: [
          rect(0, 0, W, H, '#e7eee3'),
          ellipse(230, 300, 210, 90, '#cfe0c2'),
          ellipse(900, 380, 260, 110, '#cfe0c2'),
          ellipse(600, 60, 180, 70, '#d8e6cc'),
          path('M-20 330C200 260 420 380 640 320S1000 220 1220 260', 'none', { stroke: '#a9cde0', 'stroke-width': 40 }),
          path('M0 190H1200M420 0V360M820 0V420M0 80L600 380', 'none', { stroke: '#fff', 'stroke-width': 14, opacity: 0.9 }),
          polyline(stops, '#1f6f8b', 7, { 'stroke-dasharray': '2 16' }),
          ...stops.map(([x, y]) => circle(x, y, 14, '#fff', { stroke: '#1f6f8b', 'stroke-width': 6 })),
          rect(0, 560, W, 115, '#c8cdc6'),
          ellipse(520, 606, 290, 18, '#9fa59c'),
          path('M260 588V440q0-46 46-46h330q40 0 66 30l70 74q18 20 18 44v46z', '#fbfbfb', { stroke: '#2a3b4c', 'stroke-width': 4 }),
          rect(292, 414, 96, 66, '#8fb8cc', { rx: 8 }),
          rect(404, 414, 96, 66, '#8fb8cc', { rx: 8 }),
          rect(516, 414, 90, 66, '#8fb8cc', { rx: 8 }),
          polygon([[626, 414], [652, 414], [716, 480], [626, 480]], '#8fb8cc'),
          rect(262, 504, 526, 16, '#1f6f8b'),
          rect(752, 530, 26, 14, '#ffd166', { rx: 4 }),
          line(508, 414, 508, 586, '#2a3b4c', 3),
          circle(370, 590, 42, '#26313b'),
          circle(370, 590, 17, '#a8b2ba'),
          circle(680, 590, 42, '#26313b'),
          circle(680, 590, 17, '#a8b2ba'),
          rect(930, 330, 150, 290, '#1d2630', { rx: 22 }),
          rect(944, 356, 122, 236, '#eef4f0', { rx: 8 }),
          path('M1005 500q-40 -48 -40 -74a40 40 0 0 1 80 0q0 26 -40 74z', '#d9483b'),
          circle(1005, 426, 14, '#fff'),
        ],
      };
    },
  },
  {
    file: 'buergerentscheid-altstadt.svg',
    title: 'Eine Häuserzeile mit Backsteingiebeln, davor eine Wahlurne, in die ein Stimmzettel gesteckt wird, und ein Fahrrad',
    draw() {
      const bricks = ['#a8452f', '#8c3a2a', '#b8573b', '#9b4a33', '#a34e36', '#8f4430'];
      const houses: string[] = [];
      let windows = '';
      const base = 560;
      for (let i = 0; i < 6; i++) {
        const x0 = i * 200;
        const w = 200;
        const t0 = 300 - (i % 2) * 30;
        const steps = 4;
        const sw = 20;
        const sh = 26;
        const left: Point[] = [[x0, base], [x0, t0]];
        for (let k = 1; k <= steps; k++) {
          left.push([x0 + (k - 1) * sw, t0 - k * sh], [x0 + k * sw, t0 - k * sh]);
        }
        const cx = x0 + w / 2;
        const right = [...left].reverse().map(([x, y]): Point => [2 * cx - x, y]);
        houses.push(polygon([...left, ...right], bricks[i] ?? '#a8452f'));
        for (let row = 0; row < 3; row++) {
          for (let col = 0; col < 3; col++) windows += box(x0 + 34 + col * 50, t0 + 20 + row * 70, 32, 46);
        }
        windows += box(cx - 16, t0 - 80, 32, 40);
      }
      let stones = '';
      const r = seeded(4);
      for (let i = 0; i < 60; i++) stones += box(r() * 1180, 580 + r() * 90, 22, 10);
      return {
        defs: [linear('sky', [[0, '#f6ecd9'], [1, '#e8d2b0']])],
        body: [
          rect(0, 0, W, H, 'url(#sky)'),
          ...houses,
          path(windows, '#f3e6c8', { stroke: '#5e2a1e', 'stroke-width': 4 }),
          rect(0, 560, W, 115, '#8a8178'),
          path(stones, '#9d958b'),
          rect(490, 420, 230, 200, '#2f5f86', { rx: 10 }),
          rect(478, 404, 254, 30, '#244b6b', { rx: 8 }),
          rect(560, 412, 90, 10, '#10202e', { rx: 4 }),
          rect(566, 330, 78, 96, '#fff', { transform: 'rotate(-8 605 378)', stroke: '#cfcfcf', 'stroke-width': 2 }),
          path('M585 352l30 30M615 352l-30 30', 'none', { stroke: '#c8102e', 'stroke-width': 7, 'stroke-linecap': 'round', transform: 'rotate(-8 605 378)' }),
          circle(900, 600, 40, 'none', { stroke: '#222', 'stroke-width': 7 }),
          circle(1040, 600, 40, 'none', { stroke: '#222', 'stroke-width': 7 }),
          polyline([[900, 600], [950, 540], [1020, 540], [1040, 600], [970, 600], [950, 540]], '#2e7d5b', 8),
          polyline([[1020, 540], [1012, 516], [1032, 516]], '#222', 6),
          polyline([[950, 540], [944, 526]], '#222', 6),
          rect(930, 518, 30, 8, '#222', { rx: 4 }),
        ],
      };
    },
  },
  {
    file: 'altstadt-zonen.svg',
    title: 'Schematischer Stadtplan: ein grün markierter Kern innerhalb eines grauen Rings, außen Parkhaus-Symbole mit Autos',
    draw() {
      const r = seeded(21);
      let inner = '';
      let outer = '';
      for (let x = 20; x < W; x += 70) {
        for (let y = 20; y < H; y += 60) {
          const dx = (x + 25 - 600) / 380;
          const dy = (y + 20 - 338) / 230;
          const d = dx * dx + dy * dy;
          if (d < 0.78) inner += box(x + r() * 8, y + r() * 8, 44, 34);
          else if (d > 1.25) outer += box(x, y, 50, 40);
        }
      }
      const garage = (x: number, y: number) =>
        group(
          {},
          rect(x - 38, y - 38, 76, 76, '#2d6a9f', { rx: 12 }),
          path(`M${x - 24} ${y + 12}v-14l8 -14h32l8 14v14z`, '#fff'),
          circle(x - 13, y + 14, 6, '#2d6a9f', { stroke: '#fff', 'stroke-width': 4 }),
          circle(x + 13, y + 14, 6, '#2d6a9f', { stroke: '#fff', 'stroke-width': 4 }),
        );
      return {
        defs: [],
        body: [
          rect(0, 0, W, H, '#f1efe7'),
          path(outer, '#dcd8cc'),
          ellipse(600, 338, 380, 230, '#d2e7c4'),
          path(inner, '#e7c3ab'),
          path('M1040 -10C980 200 1100 420 1010 690', 'none', { stroke: '#9cc9e2', 'stroke-width': 34 }),
          ellipse(600, 338, 380, 230, 'none', { stroke: '#9aa3ab', 'stroke-width': 26 }),
          circle(600, 338, 44, '#3f8f4f'),
          circle(600, 318, 9, '#fff'),
          path('M592 332h16l4 22h-6l-2 20h-8l-2 -20h-6z', '#fff'),
          garage(600, 60),
          garage(600, 616),
          garage(170, 338),
          garage(1030, 338),
        ],
      };
    },
  },
  {
    file: 'jugendparlament-kiel.svg',
    title: 'Ein Sitzungssaal im Halbrund mit 31 farbigen Sitzen und einem Rednerpult, im Hintergrund Wasser und ein Segelboot',
    draw() {
      const colors = ['#1f8a8a', '#f28c28', '#7b4fa0', '#e9c23a', '#3f9b4f', '#d9483b'];
      const rows = [5, 6, 6, 7, 7];
      const seats: string[] = [];
      const arcs: string[] = [];
      let k = 0;
      rows.forEach((count, row) => {
        const radius = 170 + row * 64;
        arcs.push(path(`M${600 - radius} 640A${radius} ${radius * 0.62} 0 0 1 ${600 + radius} 640`, 'none', { stroke: '#d8cbb5', 'stroke-width': 14 }));
        for (let i = 0; i < count; i++) {
          const a = Math.PI * (1 - (i + 0.5) / count);
          seats.push(circle(600 + radius * Math.cos(a), 640 - radius * 0.62 * Math.sin(a), 20, colors[k % colors.length] ?? '#1f8a8a'));
          k++;
        }
      });
      return {
        defs: [linear('sky', [[0, '#cfe3f1'], [1, '#eef5f9']])],
        body: [
          rect(0, 0, W, 230, 'url(#sky)'),
          rect(0, 160, W, 70, '#5b8db3'),
          path('M0 190q30 -8 60 0t60 0t60 0M700 210q30 -8 60 0t60 0', 'none', { stroke: '#8fb6d3', 'stroke-width': 4 }),
          polygon([[880, 170], [880, 70], [940, 170]], '#fff'),
          polygon([[872, 170], [872, 90], [830, 170]], '#f4f4f4'),
          path('M820 176h140l-18 16h-104z', '#2e3d4f'),
          rect(0, 0, W, 16, '#6b5440'),
          path('M0 230H1200V675H0z', '#efe6d6'),
          path('M0 230h1200', 'none', { stroke: '#6b5440', 'stroke-width': 16 }),
          path('M300 16v214M600 16v214M900 16v214', 'none', { stroke: '#6b5440', 'stroke-width': 10 }),
          ...arcs,
          ...seats,
          polygon([[560, 675], [570, 600], [630, 600], [640, 675]], '#7b5a3c'),
          rect(556, 590, 88, 16, '#5e4430', { rx: 4 }),
          line(600, 590, 612, 560, '#333', 4),
          circle(613, 556, 6, '#333'),
        ],
      };
    },
  },
  {
    file: 'buergeramt-termine.svg',
    title: 'Ein Wartebereich mit Stuhlreihe und zwei Wartenden, einer Anzeigetafel für Wartenummern, einem Wandkalender und einem Smartphone',
    draw() {
      let cells = '';
      for (let row = 0; row < 4; row++) for (let col = 0; col < 7; col++) cells += box(160 + col * 36, 160 + row * 36, 28, 28);
      // Seven-segment style numbers; the display only needs to look like a queue counter.
      const seg = (x: number, y: number, on: string) => {
        const parts: Record<string, string> = {
          a: box(x + 6, y, 28, 7), b: box(x + 34, y + 6, 7, 30), c: box(x + 34, y + 42, 7, 30),
          d: box(x + 6, y + 72, 28, 7), e: box(x, y + 42, 7, 30), f: box(x, y + 6, 7, 30), g: box(x + 6, y + 36, 28, 7),
        };
        return [...on].map((s) => parts[s] ?? '').join('');
      };
      const digits = seg(760, 150, 'abcdef') + seg(815, 150, 'bcfg') + seg(870, 150, 'abc');
      const chairs: string[] = [];
      for (let i = 0; i < 5; i++) {
        const x = 110 + i * 130;
        chairs.push(rect(x, 440, 100, 70, '#2f7d8c', { rx: 10 }), rect(x, 500, 100, 18, '#256673', { rx: 6 }), rect(x + 10, 518, 8, 40, '#555'), rect(x + 82, 518, 8, 40, '#555'));
      }
      return {
        defs: [],
        body: [
          rect(0, 0, W, H, '#e6eef1'),
          rect(0, 556, W, 119, '#c5d0d4'),
          rect(140, 90, 280, 260, '#fff', { rx: 8 }),
          rect(140, 90, 280, 50, '#c8453b', { rx: 8 }),
          path(cells, '#e3e8eb'),
          rect(304, 232, 28, 28, '#2f9a8a'),
          path('M309 246l7 7l12 -13', 'none', { stroke: '#fff', 'stroke-width': 4, 'stroke-linecap': 'round' }),
          circle(560, 150, 52, '#fff', { stroke: '#51606b', 'stroke-width': 8 }),
          path('M560 150v-32M560 150l22 12', 'none', { stroke: '#51606b', 'stroke-width': 6, 'stroke-linecap': 'round' }),
          rect(690, 110, 360, 140, '#1d2933', { rx: 14 }),
          path(digits, '#ffb640'),
          path('M960 180h40l-14 -16M1000 180l-14 16', 'none', { stroke: '#5ed39a', 'stroke-width': 8, 'stroke-linecap': 'round' }),
          ...chairs,
          person(290, 500, 1, '#51606b', '#c88f65'),
          person(550, 500, 0.95, '#8a6f5a', '#e2b792'),
          group({ transform: 'rotate(8 980 440)' },
            rect(910, 320, 140, 250, '#1d2630', { rx: 20 }),
            rect(922, 344, 116, 200, '#f4f7f8', { rx: 6 }),
            rect(936, 360, 88, 70, '#fff', { stroke: '#c8453b', 'stroke-width': 4 }),
            circle(980, 486, 26, '#2f9a8a'),
            path('M968 486l9 9l15 -17', 'none', { stroke: '#fff', 'stroke-width': 5, 'stroke-linecap': 'round' }),
          ),
        ],
      };
    },
  },
  {
    file: 'metallbau-energie.svg',
    title: 'Eine Fabrikhalle mit Sheddach voller Solarmodule vor grünen, bewaldeten Hügeln, daneben ein Schornstein mit Wärmerückführung und ein Batteriespeicher',
    draw() {
      const r = seeded(7);
      let trees = '';
      for (let i = 0; i < 18; i++) {
        const x = r() * W;
        const y = 300 + r() * 40;
        const h = 40 + r() * 30;
        trees += `M${num(x)} ${num(y - h)}l${num(h * 0.3)} ${num(h)}h${num(-h * 0.6)}z`;
      }
      const teeth: string[] = [];
      let grid = '';
      for (let i = 0; i < 6; i++) {
        const x0 = 240 + i * 120;
        teeth.push(polygon([[x0, 380], [x0, 296], [x0 + 120, 380]], '#2c4a6e'));
        teeth.push(polygon([[x0, 380], [x0, 296], [x0 + 10, 300], [x0 + 10, 380]], '#bcd6e6'));
        for (const t of [0.33, 0.66]) grid += `M${num(x0 + 10 + 110 * t)} ${num(300 + 80 * t)}L${num(x0 + 10)} ${num(300 + 80 * t)}`;
        grid += `M${x0 + 60} ${num(300 + 80 * 0.45)}V380`;
      }
      return {
        defs: [linear('sky', [[0, '#c6dced'], [1, '#f5efe4']]), radial('glow', [[0, '#ffb347', 0.9], [1, '#ffb347', 0]])],
        body: [
          rect(0, 0, W, H, 'url(#sky)'),
          path('M0 300Q200 180 420 260T820 220T1200 250V420H0z', '#8fb277'),
          path(trees, '#2f5a3c'),
          path('M0 380Q300 300 600 350T1200 330V460H0z', '#6b9a5c'),
          rect(0, 590, W, 85, '#b9b3a6'),
          rect(240, 380, 720, 220, '#dcd6cc'),
          ...teeth,
          path(grid, 'none', { stroke: '#7d9cc0', 'stroke-width': 3 }),
          rect(300, 460, 140, 140, '#8d97a0'),
          path('M300 488h140M300 516h140M300 544h140M300 572h140', 'none', { stroke: '#757f88', 'stroke-width': 4 }),
          rect(560, 450, 180, 150, '#3a2f2a'),
          circle(650, 560, 70, 'url(#glow)'),
          path('M630 560l-22 -20M650 556l0 -28M668 560l20 -22M640 566l-30 4', 'none', { stroke: '#ffd27a', 'stroke-width': 4, 'stroke-linecap': 'round' }),
          rect(800, 440, 110, 70, '#bcd6e6', { stroke: '#9aa0a6', 'stroke-width': 6 }),
          rect(1000, 180, 44, 410, '#9aa0a6'),
          path('M1000 260H930V380', 'none', { stroke: '#e07b39', 'stroke-width': 14 }),
          polygon([[912, 370], [948, 370], [930, 398]], '#e07b39'),
          path('M1010 160q-12 -20 0 -40t0 -40M1034 160q-12 -20 0 -40t0 -40', 'none', { stroke: '#e7a77e', 'stroke-width': 5, opacity: 0.7 }),
          rect(70, 510, 130, 80, '#3d8d5c', { rx: 6 }),
          polygon([[140, 522], [112, 556], [132, 556], [124, 580], [156, 542], [136, 542]], '#ffd54a'),
          path('M200 560H240', 'none', { stroke: '#333', 'stroke-width': 6 }),
        ],
      };
    },
  },
  {
    file: 'energiekosten-chart.svg',
    title: 'Balkendiagramm mit steigenden und wieder fallenden Balken, darüber ein Blitzsymbol',
    draw() {
      const values = [28, 30, 34, 58, 96, 90, 66, 50, 44, 42];
      const colors = values.map((v, i) => (i < 3 ? '#8aa4b8' : i < 6 ? (v > 80 ? '#d9483b' : '#f08a24') : '#3f9b6a'));
      const bars = values.map((v, i) => rect(180 + i * 92, 590 - v * 4.6, 62, v * 4.6, colors[i] ?? '#8aa4b8', { rx: 6 }));
      let gridLines = '';
      for (let y = 130; y < 590; y += 92) gridLines += `M150 ${y}H1120`;
      return {
        defs: [],
        body: [
          rect(0, 0, W, H, '#f7f4ee'),
          path(gridLines, 'none', { stroke: '#e2ddd2', 'stroke-width': 2 }),
          ...bars,
          line(150, 592, 1120, 592, '#51606b', 4),
          line(150, 100, 150, 592, '#51606b', 4),
          polyline(values.map((v, i): Point => [211 + i * 92, 560 - v * 4.6]), '#2a3b4c', 4, { 'stroke-dasharray': '8 10' }),
          circle(1040, 110, 50, '#ffd54a'),
          polygon([[1048, 74], [1018, 116], [1040, 116], [1030, 148], [1064, 102], [1042, 102]], '#2a3b4c'),
        ],
      };
    },
  },
  {
    file: 'stromtarif-wechsel.svg',
    title: 'Ein Stromzähler, ein Stecker mit Kabel, zwei Pfeile für den Anbieterwechsel und eine fallende Preiskurve',
    draw() {
      const curve: Point[] = [[600, 420], [660, 360], [720, 250], [780, 170], [840, 210], [900, 300], [960, 340], [1020, 370], [1080, 380]];
      return {
        defs: [
          linear('bg', [[0, '#e5eef4'], [1, '#fbf8f2']]),
          linear('price', [[0, '#d9483b'], [0.45, '#f08a24'], [1, '#3f9b6a']], 1, 0),
        ],
        body: [
          rect(0, 0, W, H, 'url(#bg)'),
          rect(100, 110, 300, 420, '#f4f4f1', { rx: 24, stroke: '#51606b', 'stroke-width': 8 }),
          rect(140, 160, 220, 70, '#1d2933', { rx: 8 }),
          path(`${box(160, 180, 26, 30)}${box(196, 180, 26, 30)}${box(232, 180, 26, 30)}${box(268, 180, 26, 30)}`, '#6fe0a0'),
          rect(304, 180, 36, 30, '#f08a24'),
          ellipse(250, 330, 110, 26, '#d5dadd'),
          rect(236, 306, 28, 48, '#c8102e'),
          circle(140, 480, 10, '#9aa0a6'),
          circle(360, 480, 10, '#9aa0a6'),
          rect(180, 420, 140, 60, '#e0e4e6', { rx: 6 }),
          rect(560, 110, 560, 360, '#fff', { rx: 18 }),
          polygon([...curve, [1080, 440], [600, 440]], '#eef2ea'),
          polyline(curve, 'url(#price)', 10),
          line(600, 440, 1080, 440, '#c0c6ca', 4),
          path('M470 260a70 70 0 0 1 110 -20', 'none', { stroke: '#2f7d8c', 'stroke-width': 12, 'stroke-linecap': 'round' }),
          polygon([[590, 220], [588, 262], [556, 244]], '#2f7d8c'),
          path('M520 360a70 70 0 0 1 -110 20', 'none', { stroke: '#2f7d8c', 'stroke-width': 12, 'stroke-linecap': 'round' }),
          polygon([[400, 400], [402, 358], [434, 376]], '#2f7d8c'),
          path('M250 530C250 620 520 640 660 580', 'none', { stroke: '#2a3b4c', 'stroke-width': 12, 'stroke-linecap': 'round' }),
          rect(650, 540, 90, 80, '#2a3b4c', { rx: 14 }),
          rect(740, 556, 46, 12, '#b9c0c4'),
          rect(740, 592, 46, 12, '#b9c0c4'),
          rect(860, 520, 140, 120, '#fff', { rx: 20, stroke: '#c0c6ca', 'stroke-width': 6 }),
          circle(905, 580, 9, '#2a3b4c'),
          circle(955, 580, 9, '#2a3b4c'),
        ],
      };
    },
  },
  {
    file: 'handwerk-ausbildung.svg',
    title: 'Eine Werkbank mit Hammer, Säge, Zollstock, Schraubenschlüssel und Schutzhelm, darüber ein Wochenplan mit vier markierten Arbeitstagen und einem freien Tag',
    draw() {
      let teeth = 'M360 270';
      for (let x = 360; x < 560; x += 16) teeth += `l8 14l8 -14`;
      const week: string[] = [];
      for (let i = 0; i < 5; i++) {
        const x = 700 + i * 86;
        if (i < 4) {
          week.push(rect(x, 90, 72, 72, '#2f7d8c', { rx: 10 }), path(`M${x + 20} 126l12 12l20 -24`, 'none', { stroke: '#fff', 'stroke-width': 7, 'stroke-linecap': 'round' }));
        } else {
          week.push(rect(x, 90, 72, 72, '#fde7c2', { rx: 10, stroke: '#f0a640', 'stroke-width': 4 }), circle(x + 36, 126, 14, '#f0a640'));
          for (let k = 0; k < 8; k++) {
            const a = (k * Math.PI) / 4;
            week.push(line(x + 36 + 20 * Math.cos(a), 126 + 20 * Math.sin(a), x + 36 + 27 * Math.cos(a), 126 + 27 * Math.sin(a), '#f0a640', 4, { 'stroke-linecap': 'round' }));
          }
        }
      }
      const ruler: Point[] = [[720, 300], [800, 250], [880, 300], [960, 250], [1040, 300]];
      return {
        defs: [el('pattern', { id: 'holes', width: 40, height: 40, patternUnits: 'userSpaceOnUse' }, circle(20, 20, 5, '#b89c72'))],
        body: [
          rect(0, 0, W, H, '#efe4d1'),
          rect(60, 50, 1080, 380, '#d9c3a0'),
          rect(60, 50, 1080, 380, 'url(#holes)'),
          rect(120, 200, 22, 170, '#a0703f', { rx: 6 }),
          rect(86, 170, 90, 44, '#5d6770', { rx: 6 }),
          polygon([[360, 270], [560, 270], [560, 330], [360, 290]], '#b9c2c9'),
          path(`${teeth}`, 'none', { stroke: '#8d979f', 'stroke-width': 3 }),
          path('M300 250h60v80h-60q-14 -40 0 -80z', '#c8453b'),
          rect(250, 120, 18, 190, '#8d979f', { rx: 8 }),
          circle(259, 120, 30, 'none', { stroke: '#8d979f', 'stroke-width': 16 }),
          polyline(ruler, '#f2c12e', 22, { 'stroke-linecap': 'butt' }),
          rect(0, 430, W, 245, '#e7dbc6'),
          rect(60, 450, 1080, 40, '#a0703f'),
          rect(90, 490, 40, 185, '#7b5530'),
          rect(1070, 490, 40, 185, '#7b5530'),
          path('M520 450q0 -110 110 -110t110 110z', '#f2b705'),
          rect(500, 440, 260, 14, '#d49a00', { rx: 7 }),
          path('M600 350q30 -10 60 0', 'none', { stroke: '#d49a00', 'stroke-width': 10, 'stroke-linecap': 'round' }),
          rect(820, 420, 220, 30, '#c8453b', { rx: 6 }),
          rect(820, 400, 220, 24, '#a8372f', { rx: 6 }),
          ...week,
        ],
      };
    },
  },
  {
    file: 'theater-premiere.svg',
    title: 'Eine Theaterbühne mit roten Vorhängen, zwei Scheinwerferkegeln und zwei Figuren auf einem diagonalen Holzsteg',
    draw() {
      let folds = '';
      for (let x = 20; x < 250; x += 46) folds += `M${x} 0V580M${W - x} 0V580`;
      let scallop = 'M0 110';
      for (let x = 0; x < W; x += 60) scallop += `q30 40 60 0`;
      scallop += 'V0H0z';
      return {
        defs: [
          linear('cone', [[0, '#fff6d8', 0.75], [1, '#fff6d8', 0]]),
          linear('floor', [[0, '#5a3d26'], [1, '#2e1f15']]),
        ],
        body: [
          rect(0, 0, W, H, '#1b1420'),
          polygon([[0, 520], [W, 520], [W, H], [0, H]], 'url(#floor)'),
          polygon([[380, 0], [440, 0], [610, 590], [330, 590]], 'url(#cone)'),
          polygon([[760, 0], [820, 0], [910, 512], [670, 512]], 'url(#cone)'),
          polygon([[250, 640], [330, 660], [980, 460], [930, 450]], '#8a6a48'),
          ellipse(470, 590, 140, 22, '#fff6d8', { opacity: 0.35 }),
          ellipse(790, 512, 120, 18, '#fff6d8', { opacity: 0.35 }),
          person(470, 592, 1.25, '#4a3a50', '#c9a27f'),
          person(790, 512, 1.1, '#3e4f63', '#b98a66'),
          path('M0 0H260Q230 300 260 580H0z', '#9e1b2f'),
          path(`M${W} 0H${W - 260}Q${W - 230} 300 ${W - 260} 580H${W}z`, '#9e1b2f'),
          path(folds, 'none', { stroke: '#7a1223', 'stroke-width': 10, opacity: 0.8 }),
          path(scallop, '#b32437'),
          rect(0, 0, W, 30, '#7a1223'),
          circle(380, 20, 14, '#f7e7b0'),
          circle(830, 20, 14, '#f7e7b0'),
        ],
      };
    },
  },
  {
    file: 'theater-buehnenbild.svg',
    title: 'Modell eines Bühnenbilds: ein diagonaler Holzsteg in einem offenen Bühnenkasten, beleuchtet von einem Scheinwerferkegel, daneben Bleistift und Lineal',
    draw() {
      return {
        defs: [linear('cone2', [[0, '#fff3c4', 0.8], [1, '#fff3c4', 0]])],
        body: [
          rect(0, 0, W, H, '#e9e3d8'),
          polygon([[260, 110], [940, 110], [940, 500], [260, 500]], '#3a3540'),
          polygon([[140, 40], [260, 110], [260, 500], [140, 600]], '#4a4452'),
          polygon([[1060, 40], [940, 110], [940, 500], [1060, 600]], '#4a4452'),
          polygon([[140, 600], [260, 500], [940, 500], [1060, 600]], '#6b5e52'),
          polygon([[560, 110], [640, 110], [760, 520], [420, 520]], 'url(#cone2)'),
          polygon([[330, 580], [380, 590], [820, 470], [790, 462]], '#b08a5e'),
          person(520, 530, 0.5, '#1d1a22', '#2a2530'),
          person(690, 490, 0.45, '#1d1a22', '#2a2530'),
          rect(140, 600, 920, 20, '#c9bba5'),
          rect(120, 640, 420, 16, '#f2c12e', { transform: 'rotate(-3 330 648)' }),
          path('M760 650l300 -20l18 8l-18 10z', '#5d6770'),
          path('M1060 630l18 8l-18 10z', '#e9c9a0'),
        ],
      };
    },
  },
  {
    file: 'museum-alltag.svg',
    title: 'Ein Ausstellungsraum mit drei Bilderrahmen an der Wand, einer Vitrine mit einem alten Radio, einer Bank und zwei Besuchern',
    draw() {
      let parquet = '';
      for (let x = -200; x < W + 200; x += 60) parquet += `M${x} 675L${num(600 + (x - 600) * 0.45)} 540`;
      return {
        defs: [linear('spot', [[0, '#fff8e0', 0.7], [1, '#fff8e0', 0]])],
        body: [
          rect(0, 0, W, H, '#eee7db'),
          rect(0, 540, W, 135, '#c8b79f'),
          path(parquet, 'none', { stroke: '#b5a288', 'stroke-width': 3 }),
          rect(80, 120, 220, 160, '#6b4f36'),
          rect(96, 136, 188, 128, '#cfe3e8'),
          path('M96 264l60 -70l40 40l30 -30l54 60z', '#6b9a5c'),
          circle(240, 170, 16, '#f2c12e'),
          rect(360, 90, 180, 230, '#b08a4e'),
          rect(376, 106, 148, 198, '#3a4a5a'),
          circle(450, 190, 40, '#e2b792'),
          path('M390 304q60 -90 120 0z', '#8c2f39'),
          rect(900, 110, 200, 200, '#2a2a2a'),
          path(`${box(916, 126, 80, 168)}`, '#e9c23a'),
          path(`${box(1004, 126, 80, 80)}`, '#d9483b'),
          path(`${box(1004, 214, 80, 80)}`, '#2d6a9f'),
          polygon([[600, 0], [640, 0], [760, 420], [480, 420]], 'url(#spot)'),
          rect(520, 420, 240, 150, '#f8f6f1'),
          rect(530, 260, 220, 160, '#bfe0ee', { opacity: 0.35, stroke: '#9ab', 'stroke-width': 3 }),
          rect(570, 330, 140, 90, '#8a5a36', { rx: 12 }),
          circle(610, 375, 26, '#d9c3a0'),
          path('M592 365h36M588 375h44M592 385h36', 'none', { stroke: '#8a5a36', 'stroke-width': 3 }),
          rect(650, 352, 46, 20, '#f3e6c8', { rx: 3 }),
          circle(662, 396, 8, '#3a2a1c'),
          circle(686, 396, 8, '#3a2a1c'),
          line(550, 270, 580, 300, '#fff', 4, { opacity: 0.7 }),
          rect(120, 480, 260, 24, '#3b3b3b', { rx: 6 }),
          rect(140, 504, 14, 50, '#3b3b3b'),
          rect(346, 504, 14, 50, '#3b3b3b'),
          person(880, 600, 1.55, '#3b5168', '#c88f65'),
          person(990, 600, 1.05, '#c0704f', '#e2b792'),
        ],
      };
    },
  },
  {
    file: 'museum-vitrine.svg',
    title: 'Eine beleuchtete Vitrine mit einem Wählscheibentelefon, einer Musikkassette und einer Kaffeedose',
    draw() {
      const holes = range(10).map((i) => {
        const a = (Math.PI * 2 * i) / 12 - Math.PI / 3;
        return circle(400 + 44 * Math.cos(a), 382 + 44 * Math.sin(a), 9, '#f1ebe0');
      });
      return {
        defs: [linear('glass', [[0, '#ffffff', 0.45], [1, '#cfe5ef', 0.2]])],
        body: [
          rect(0, 0, W, H, '#2f2a33'),
          polygon([[520, 0], [680, 0], [1100, 560], [100, 560]], '#fff8e0', { opacity: 0.12 }),
          rect(140, 180, 920, 380, '#f4efe6'),
          rect(100, 560, 1000, 115, '#d8cfc0'),
          // Rotary telephone
          path('M290 470q0 -120 110 -120t110 120z', '#c8453b'),
          rect(280, 460, 240, 40, '#a8372f', { rx: 10 }),
          circle(400, 382, 62, '#e6dccb'),
          ...holes,
          circle(400, 382, 20, '#c8453b'),
          path('M300 330q100 -60 200 0l-16 24q-84 -40 -168 0z', '#a8372f'),
          // Cassette
          rect(600, 380, 200, 120, '#2a2a2a', { rx: 10 }),
          rect(620, 396, 160, 50, '#f2c12e', { rx: 4 }),
          circle(660, 460, 18, '#f4efe6'),
          circle(740, 460, 18, '#f4efe6'),
          rect(676, 452, 48, 16, '#8fb8cc'),
          // Coffee tin
          rect(860, 330, 130, 170, '#2d6a9f'),
          ellipse(925, 330, 65, 18, '#4a86bb'),
          ellipse(925, 500, 65, 18, '#2d6a9f'),
          rect(860, 390, 130, 40, '#f3e6c8'),
          // Label cards without text
          rect(340, 520, 120, 26, '#fff'),
          rect(640, 520, 120, 26, '#fff'),
          rect(866, 520, 120, 26, '#fff'),
          rect(140, 180, 920, 380, 'url(#glass)', { stroke: '#b7c7cf', 'stroke-width': 6 }),
          path('M200 200L300 300M240 200L320 280', 'none', { stroke: '#fff', 'stroke-width': 6, opacity: 0.6 }),
        ],
      };
    },
  },
  {
    file: 'orchester-zeche.svg',
    title: 'Ein Förderturm vor Abendhimmel neben einer Backsteinhalle mit erleuchteten Bogenfenstern, davor Notenpulte, Stühle und ein Cello',
    draw() {
      let struts = 'M720 470';
      for (let y = 470; y > 150; y -= 40) struts += `L760 ${y - 20}L720 ${y - 40}`;
      let windows = '';
      for (let i = 0; i < 4; i++) windows += `M${60 + i * 110} 440v-90a35 35 0 0 1 70 0v90z`;
      const stand = (x: number) =>
        group({}, line(x, 620, x, 520, '#2b2b33', 6), polygon([[x - 40, 480], [x + 40, 480], [x + 46, 524], [x - 46, 524]], '#2b2b33'), path(`M${x - 26} 620h52`, 'none', { stroke: '#2b2b33', 'stroke-width': 6 }));
      const chair = (x: number) => group({}, rect(x, 560, 60, 12, '#5e4430'), rect(x + 48, 500, 12, 60, '#5e4430'), rect(x + 4, 572, 8, 48, '#5e4430'), rect(x + 48, 572, 8, 48, '#5e4430'));
      return {
        defs: [linear('dusk', [[0, '#5f5577'], [0.55, '#e28a6b'], [1, '#f7cf93']])],
        body: [
          rect(0, 0, W, H, 'url(#dusk)'),
          circle(980, 470, 90, '#fbe1a6', { opacity: 0.8 }),
          path(struts, 'none', { stroke: '#2d2a35', 'stroke-width': 6 }),
          rect(712, 120, 14, 350, '#2d2a35'),
          rect(756, 120, 14, 350, '#2d2a35'),
          line(770, 140, 960, 480, '#2d2a35', 18),
          line(740, 150, 900, 480, '#2d2a35', 10),
          rect(690, 110, 110, 20, '#2d2a35'),
          circle(718, 96, 34, 'none', { stroke: '#2d2a35', 'stroke-width': 8 }),
          circle(780, 96, 34, 'none', { stroke: '#2d2a35', 'stroke-width': 8 }),
          path('M0 470V260l240 -70l240 70v210z', '#8a4b3a'),
          path(windows, '#ffd27a'),
          rect(0, 470, W, 205, '#6e4a31'),
          path('M0 490H1200', 'none', { stroke: '#5a3c27', 'stroke-width': 6 }),
          chair(220), chair(430), chair(780), chair(990),
          stand(300), stand(510), stand(860), stand(1070),
          ellipse(640, 560, 56, 46, '#9a4b22'),
          ellipse(640, 488, 44, 40, '#9a4b22'),
          rect(634, 340, 12, 150, '#2b1d14'),
          circle(640, 336, 12, '#2b1d14'),
          path('M638 350V590M642 350V590', 'none', { stroke: '#e8d8b0', 'stroke-width': 1.5 }),
          line(640, 600, 640, 640, '#2b1d14', 5),
          path('M380 180v-60l40 -10v60', 'none', { stroke: '#fff5e0', 'stroke-width': 6 }),
          ellipse(370, 182, 14, 10, '#fff5e0'),
          ellipse(410, 172, 14, 10, '#fff5e0'),
          path('M540 130v-56q20 6 26 26', 'none', { stroke: '#fff5e0', 'stroke-width': 6 }),
          ellipse(530, 132, 14, 10, '#fff5e0'),
        ],
      };
    },
  },
  {
    file: 'oberliga-fussball.svg',
    title: 'Ein Fußballstadion bei Flutlicht mit Tribünen, gestreiftem Rasen, einem Tor am anderen Ende und einem Ball im Vordergrund',
    draw() {
      const leftX = (y: number) => 260 - ((y - 330) / 345) * 460;
      const rightX = (y: number) => 940 + ((y - 330) / 345) * 460;
      const bands: string[] = [];
      const edges = [330, 350, 375, 405, 440, 480, 528, 584, 650, 675];
      for (let i = 0; i < edges.length - 1; i++) {
        const y1 = edges[i] ?? 0;
        const y2 = edges[i + 1] ?? 0;
        bands.push(polygon([[leftX(y1), y1], [rightX(y1), y1], [rightX(y2), y2], [leftX(y2), y2]], i % 2 ? '#3f9b4f' : '#4aab5a'));
      }
      const mast = (x: number) =>
        group({}, line(x, 330, x, 70, '#1a2733', 8), rect(x - 40, 50, 80, 34, '#fff6c8', { rx: 4 }), circle(x, 67, 110, 'url(#flood)'));
      return {
        defs: [
          linear('night', [[0, '#0e1f2e'], [1, '#27465f']]),
          radial('flood', [[0, '#fff6c8', 0.5], [1, '#fff6c8', 0]]),
          el('pattern', { id: 'crowd', width: 36, height: 22, patternUnits: 'userSpaceOnUse' },
            circle(6, 8, 5, '#d94f4f') + circle(18, 14, 5, '#f1f1f1') + circle(30, 6, 5, '#2d6a9f')),
        ],
        body: [
          rect(0, 0, W, H, 'url(#night)'),
          polygon([[0, 330], [0, 190], [340, 230], [860, 230], [1200, 190], [1200, 330]], '#33434f'),
          polygon([[0, 330], [0, 190], [340, 230], [860, 230], [1200, 190], [1200, 330]], 'url(#crowd)', { opacity: 0.7 }),
          polygon([[0, 190], [340, 230], [860, 230], [1200, 190], [1200, 170], [860, 212], [340, 212], [0, 170]], '#4d5c68'),
          mast(90), mast(1110),
          ...bands,
          polygon([[262, 334], [938, 334], [1390, 672], [-190, 672]], 'none', { stroke: '#f4f4f4', 'stroke-width': 5 }),
          line(leftX(440), 440, rightX(440), 440, '#f4f4f4', 5),
          ellipse(600, 440, 120, 34, 'none', { stroke: '#f4f4f4', 'stroke-width': 5 }),
          polygon([[470, 334], [730, 334], [760, 370], [440, 370]], 'none', { stroke: '#f4f4f4', 'stroke-width': 4 }),
          path('M566 334V306H634V334', 'none', { stroke: '#fff', 'stroke-width': 5 }),
          ellipse(820, 650, 46, 10, '#2f7a3c'),
          circle(820, 606, 42, '#fafafa'),
          polygon([[820, 590], [836, 602], [830, 620], [810, 620], [804, 602]], '#222'),
          path('M782 596l14 6M858 596l-14 6M808 644l4 -22M832 644l-4 -22M820 566v22', 'none', { stroke: '#222', 'stroke-width': 4 }),
        ],
      };
    },
  },
  {
    file: 'fussball-tribuene.svg',
    title: 'Eine voll besetzte Stehtribüne mit Fans in Blau und Weiß, die Schals hochhalten',
    draw() {
      const r = seeded(5);
      const fans: string[] = [];
      const skins = ['#e8c09a', '#c88f65', '#8d5a3b', '#f0d0b0'];
      for (let row = 0; row < 5; row++) {
        for (let i = 0; i < 13; i++) {
          const x = 40 + i * 88 + (row % 2) * 44 + r() * 10;
          const y = 180 + row * 100;
          fans.push(use('fan', x, y, { fill: r() < 0.6 ? '#1d4f91' : '#f4f4f4', color: pick(skins, r()) }));
        }
      }
      const scarves: string[] = [];
      for (let i = 0; i < 7; i++) {
        const x = 20 + i * 150 + r() * 30;
        const y = 120 + (i % 3) * 110;
        scarves.push(group({ transform: `rotate(${num(-8 + r() * 16)} ${num(x + 100)} ${y + 16})` },
          rect(x, y, 200, 34, '#1d4f91', { stroke: '#0e2e57', 'stroke-width': 2 }),
          path(`${box(x + 24, y, 24, 34)}${box(x + 88, y, 24, 34)}${box(x + 152, y, 24, 34)}`, '#fff')));
      }
      return {
        defs: [
          el('g', { id: 'fan' }, path('M-30 100v-50q0 -26 30 -26t30 26v50z', 'inherit', { stroke: '#0e2e57', 'stroke-width': 2 }) + circle(0, 0, 20, 'currentColor')),
        ],
        body: [
          rect(0, 0, W, H, '#5c6670'),
          path('M0 160H1200M0 260H1200M0 360H1200M0 460H1200M0 560H1200', 'none', { stroke: '#747e88', 'stroke-width': 10 }),
          ...fans,
          ...scarves,
          path('M1040 40V300', 'none', { stroke: '#3a3a3a', 'stroke-width': 8 }),
          path('M1040 50q60 -20 120 10t120 0v110q-60 20 -120 -10t-120 0z', '#1d4f91'),
          path('M1040 90q60 -20 120 10t120 0v30q-60 20 -120 -10t-120 0z', '#fff'),
        ],
      };
    },
  },
  {
    file: 'handball-derby.svg',
    title: 'Ein Handballfeld mit Torraumlinie und gestrichelter Freiwurflinie, ein rot-weißes Tor mit Torhüter und ein Spieler im Sprungwurf mit dem Ball',
    draw() {
      let net = '';
      for (let x = 444; x < 760; x += 22) net += `M${x} 190V380`;
      for (let y = 200; y < 380; y += 22) net += `M440 ${y}H760`;
      let post = '';
      for (let y = 180; y < 384; y += 40) post += box(424, y, 20, 20) + box(756, y, 20, 20);
      for (let x = 424; x < 776; x += 40) post += box(x, 170, 20, 20);
      return {
        defs: [
          linear('wood', [[0, '#e0ac70'], [1, '#c98d4f']]),
          el('pattern', { id: 'fans', width: 30, height: 24, patternUnits: 'userSpaceOnUse' }, circle(8, 10, 6, '#d9483b') + circle(22, 16, 6, '#f4f4f4')),
        ],
        body: [
          rect(0, 0, W, 390, '#2b3a4a'),
          rect(0, 40, W, 110, 'url(#fans)', { opacity: 0.55 }),
          rect(0, 150, W, 14, '#1f7a4d'),
          rect(0, 380, W, 295, 'url(#wood)'),
          path('M60 675Q600 330 1140 675', 'none', { stroke: '#fff', 'stroke-width': 8 }),
          path('M-140 675Q600 250 1340 675', 'none', { stroke: '#fff', 'stroke-width': 6, 'stroke-dasharray': '30 22' }),
          path('M0 386H1200', 'none', { stroke: '#fff', 'stroke-width': 6 }),
          path(net, 'none', { stroke: '#d9dee2', 'stroke-width': 2, opacity: 0.8 }),
          rect(424, 170, 352, 214, 'none', { stroke: '#fff', 'stroke-width': 20 }),
          path(post, '#c8102e'),
          group({}, circle(600, 240, 18, '#e2b792'), path('M570 340l10 -80h40l10 80z', '#2e8b57'),
            polyline([[584, 266], [530, 220], [512, 196]], '#2e8b57', 14), polyline([[616, 266], [670, 220], [688, 196]], '#2e8b57', 14),
            polyline([[584, 336], [560, 376]], '#1f3b2c', 14), polyline([[616, 336], [640, 376]], '#1f3b2c', 14)),
          group({ transform: 'rotate(-12 260 420)' }, circle(250, 300, 24, '#c88f65'), path('M220 440l6 -110h60l8 110z', '#1e5aa8'),
            polyline([[284, 340], [330, 280], [350, 230]], '#c88f65', 16), polyline([[228, 350], [190, 400]], '#c88f65', 16),
            polyline([[236, 438], [210, 520], [170, 540]], '#1a2b44', 20), polyline([[282, 438], [300, 510], [330, 560]], '#1a2b44', 20)),
          path('M410 200q40 -30 90 -20M400 224q40 -20 80 -16', 'none', { stroke: '#fff', 'stroke-width': 5, opacity: 0.7, 'stroke-linecap': 'round' }),
          circle(380, 200, 26, '#f4c20d'),
          path('M356 196q24 14 48 0M380 174q-10 26 0 52', 'none', { stroke: '#1e5aa8', 'stroke-width': 5 }),
        ],
      };
    },
  },
  {
    file: 'stadtlauf.svg',
    title: 'Mehrere stilisierte Läuferinnen und Läufer auf einer Straße, die auf einen Zielbogen zulaufen; im Hintergrund Kuppeln und eine Festung auf einem Hügel',
    draw() {
      const r = seeded(9);
      let crowd = '';
      for (let i = 0; i < 30; i++) {
        const t = i / 30;
        const y = 380 + t * 290;
        crowd += `M${num(470 - t * 420 - r() * 20)} ${num(y)}a10 10 0 1 0 0.1 0`;
        crowd += `M${num(730 + t * 420 + r() * 20)} ${num(y)}a10 10 0 1 0 0.1 0`;
      }
      return {
        defs: [linear('sky', [[0, '#d7ecf5'], [1, '#fdf8ee']])],
        body: [
          rect(0, 0, W, H, 'url(#sky)'),
          path('M0 330Q120 180 300 200T560 300V380H0z', '#8fb277'),
          path('M130 210V170h30v-24h20v24h60v-16h20v16h40v50z', '#c9b892'),
          path('M640 330V250h60v80zM720 330V220a50 50 0 0 1 100 0V330zM840 330V260h80v70zM940 330V240h40v-30h20v30h40v90z', '#c7cfd6'),
          rect(0, 330, W, 50, '#b6c3a6'),
          polygon([[540, 360], [660, 360], [1200, 675], [0, 675]], '#8d949b'),
          path('M600 380V420M600 450V510M600 545V640', 'none', { stroke: '#fff', 'stroke-width': 8 }),
          path('M520 370L80 675M680 370L1120 675', 'none', { stroke: '#f4f4f4', 'stroke-width': 6, 'stroke-dasharray': '18 12' }),
          path(crowd, '#5b6b7a'),
          path('M470 380V250a130 90 0 0 1 260 0V380', 'none', { stroke: '#e4572e', 'stroke-width': 36 }),
          path('M470 250a130 90 0 0 1 260 0', 'none', { stroke: '#fff', 'stroke-width': 10, 'stroke-dasharray': '16 16' }),
          runner(560, 420, 0.9, '#2f7d8c'),
          runner(660, 450, 1.1, '#f08a24'),
          runner(470, 510, 1.5, '#7b4fa0'),
          runner(760, 560, 1.9, '#d9483b', '#c88f65'),
          runner(360, 640, 2.3, '#3f9b4f', '#8d5a3b'),
          circle(980, 120, 26, '#f28c28'),
          circle(1030, 150, 22, '#2f7d8c'),
          path('M980 146v70M1030 172v44', 'none', { stroke: '#777', 'stroke-width': 2 }),
        ],
      };
    },
  },
  {
    file: 'bodenfeuchte-brandenburg.svg',
    title: 'Ein trockener Acker mit rissiger Erde, eine Messstation mit Solarpanel und Kiefern am Horizont',
    draw() {
      const r = seeded(13);
      let pines = '';
      for (let x = 0; x < W; x += 26 + r() * 16) {
        const h = 50 + r() * 40;
        pines += `M${num(x)} 370V${num(370 - h * 0.5)}M${num(x - 16)} ${num(370 - h * 0.45)}q16 ${num(-h * 0.7)} 32 0z`;
      }
      let furrows = '';
      for (let x = -1200; x <= 2400; x += 110) furrows += `M600 360L${x} 675`;
      // Dried mud: a jittered grid whose cells grow towards the viewer.
      const rowsY = [540, 575, 615, 675];
      const grid = rowsY.map((y, row) => range(14).map((i): Point => [i * 95 - 20 + r() * 40 * (row + 1) / 2, y + (r() - 0.5) * 14]));
      let cracks = '';
      grid.forEach((pts, row) => {
        cracks += 'M' + pts.map(([x, y]) => `${num(x)} ${num(y)}`).join('L');
        const below = grid[row + 1];
        if (!below) return;
        pts.forEach(([x, y], i) => {
          if ((i + row) % 2 === 0) return;
          const b = below[i];
          if (b) cracks += `M${num(x)} ${num(y)}L${num(b[0])} ${num(b[1])}`;
        });
      });
      return {
        defs: [
          linear('sky', [[0, '#e3eef2'], [1, '#f9eed6']]),
          linear('soil', [[0, '#cfb07c'], [1, '#a27a48']]),
        ],
        body: [
          rect(0, 0, W, H, 'url(#sky)'),
          circle(300, 150, 80, '#fbe0a0'),
          circle(300, 150, 120, '#fbe0a0', { opacity: 0.3 }),
          path(pines, '#3f5b45', { stroke: '#3f5b45', 'stroke-width': 6 }),
          rect(0, 360, W, 315, 'url(#soil)'),
          path(furrows, 'none', { stroke: '#b48f5c', 'stroke-width': 3, opacity: 0.6 }),
          path(cracks, 'none', { stroke: '#6e4f2d', 'stroke-width': 4, 'stroke-linejoin': 'round' }),
          line(860, 230, 860, 590, '#8d979f', 10),
          polygon([[780, 250], [920, 210], [940, 250], [800, 290]], '#2c4a6e', { stroke: '#7d9cc0', 'stroke-width': 4 }),
          rect(830, 380, 60, 80, '#ecebe6', { stroke: '#8d979f', 'stroke-width': 4, rx: 6 }),
          line(880, 380, 900, 330, '#555', 4),
          path('M860 460q40 40 80 130', 'none', { stroke: '#333', 'stroke-width': 5 }),
          rect(930, 560, 18, 100, '#9aa3aa'),
          path('M200 610l6 -30l6 30M230 640l8 -40l6 40M1050 560l6 -30l6 30M1080 600l8 -36l6 36', 'none', { stroke: '#8a8f3c', 'stroke-width': 4 }),
        ],
      };
    },
  },
  {
    file: 'bodenprofil-sensoren.svg',
    title: 'Querschnitt durch den Boden mit mehreren Schichten, von trockener heller Erde oben bis zu feuchter dunkler Erde unten, mit einem Messrohr und Sensoren in sechs Tiefen',
    draw() {
      const r = seeded(17);
      let pebbles = '';
      for (let i = 0; i < 40; i++) pebbles += `M${num(r() * W)} ${num(190 + r() * 470)}a7 4 0 1 0 0.1 0`;
      const depths = [210, 250, 310, 380, 470, 580];
      const dryToWet = ['#f08a24', '#e9a23a', '#c9b24a', '#6fb0a0', '#3f8fc0', '#2d6a9f'];
      const sensors = depths.flatMap((y, i) => {
        const c = dryToWet[i] ?? '#2d6a9f';
        const s = 10 + i * 3;
        return [
          rect(582, y - 8, 36, 16, c, { rx: 4 }),
          line(620, y, 860, y, c, 3, { 'stroke-dasharray': '6 8' }),
          path(`M${900} ${y - s * 1.6}q${s} ${s * 1.4} ${s} ${s * 2}a${s} ${s} 0 0 1 ${-2 * s} 0q0 ${-s * 0.6} ${s} ${-s * 2}z`, c),
        ];
      });
      return {
        defs: [],
        body: [
          rect(0, 0, W, 170, '#e6f0f4'),
          rect(0, 160, W, 100, '#d7b57c'),
          rect(0, 260, W, 120, '#b08550'),
          rect(0, 380, W, 140, '#86613a'),
          rect(0, 520, W, 155, '#5e4630'),
          path(pebbles, '#000', { opacity: 0.14 }),
          path('M120 160v-40M120 130l-20 -16M120 136l22 -14M260 160v-36M260 130l-18 -14M260 134l18 -12M1040 160v-40M1040 128l-20 -14M1040 134l20 -14', 'none', { stroke: '#5e8f3c', 'stroke-width': 6, 'stroke-linecap': 'round' }),
          path('M120 160q-10 40 6 80M120 160q14 50 -4 110M260 160q-12 40 4 70M1040 160q12 60 -8 120', 'none', { stroke: '#e8dcc0', 'stroke-width': 3, opacity: 0.7 }),
          rect(588, 60, 24, 580, '#c3c9ce', { rx: 8 }),
          rect(560, 50, 80, 50, '#ecebe6', { stroke: '#8d979f', 'stroke-width': 4, rx: 6 }),
          polygon([[640, 40], [720, 16], [730, 40], [650, 64]], '#2c4a6e'),
          ...sensors,
          circle(1060, 60, 30, '#fbe0a0'),
        ],
      };
    },
  },
  {
    file: 'mittagsschlaf-studie.svg',
    title: 'Ein aufgeschlagenes Buch auf einem Kissen, darüber ein Mond, Sterne, eine Hirnstromkurve und eine Uhr mit einem Drittel markierter Zeit',
    draw() {
      const wave: Point[] = [];
      for (let x = 60; x <= 1140; x += 6) {
        const spindle = Math.exp(-(((x - 420) / 60) ** 2)) + Math.exp(-(((x - 820) / 50) ** 2));
        const y = 150 + Math.sin(x / 22) * 10 + Math.sin(x * 0.9) * 30 * spindle;
        wave.push([x, y]);
      }
      const r = seeded(2);
      let stars = '';
      for (let i = 0; i < 22; i++) stars += `M${num(r() * W)} ${num(20 + r() * 260)}a3 3 0 1 0 0.1 0`;
      let lines = '';
      for (let i = 0; i < 6; i++) lines += `M${420} ${420 + i * 22}h140M${640} ${420 + i * 22}h140`;
      return {
        defs: [linear('night', [[0, '#27305a'], [1, '#6f82b8']])],
        body: [
          rect(0, 0, W, H, 'url(#night)'),
          path(stars, '#fff6d8'),
          path('M1010 60a90 90 0 1 0 90 130a70 70 0 1 1 -90 -130z', '#fbe3a1'),
          polyline(wave, '#9fe3d9', 4),
          ellipse(600, 600, 430, 40, '#1d2448', { opacity: 0.5 }),
          path('M200 410Q600 370 1000 410Q1040 495 1000 580Q600 620 200 580Q160 495 200 410z', '#f2efe9'),
          path('M240 560q360 30 720 0', 'none', { stroke: '#dcd6cc', 'stroke-width': 6 }),
          path('M400 520q100 -30 200 0V380q-100 -30 -200 0z', '#fff'),
          path('M600 520q100 -30 200 0V380q-100 -30 -200 0z', '#faf7f0'),
          path(lines, 'none', { stroke: '#c9ccd6', 'stroke-width': 6, 'stroke-linecap': 'round', transform: 'translate(0 -30)' }),
          line(600, 380, 600, 520, '#d5d0c5', 3),
          circle(190, 300, 64, '#fff', { stroke: '#2f7d8c', 'stroke-width': 8 }),
          path('M190 300V242A58 58 0 0 1 240 329z', '#9fe3d9'),
          path('M190 300V252M190 300l26 14', 'none', { stroke: '#27305a', 'stroke-width': 6, 'stroke-linecap': 'round' }),
        ],
      };
    },
  },
  {
    file: 'hitzeinseln-mannheim.svg',
    title: 'Ein Stadtplan aus quadratischen Häuserblöcken zwischen zwei Flüssen, eingefärbt von Blau bis Rot, mit einer gestrichelten Messroute und einem Fahrrad',
    draw() {
      const heat = ['#4575b4', '#91bfdb', '#fee090', '#fc8d59', '#d73027'];
      const byColor = new Map<string, string>();
      const r = seeded(31);
      for (let row = 0; row < 7; row++) {
        for (let col = 0; col < 11; col++) {
          const x = 230 + col * 68;
          const y = 110 + row * 68;
          const d = Math.hypot((col - 5) / 6, (row - 3) / 4);
          const park = (col === 9 && row > 3) || (col === 1 && row === 1);
          const level = Math.max(0, Math.min(4, Math.round(4 - d * 3.4 + (r() - 0.5) * 1.4)));
          const color = park ? '#66b36b' : heat[level] ?? '#fee090';
          byColor.set(color, (byColor.get(color) ?? '') + box(x, y, 56, 56));
        }
      }
      const route: Point[] = [[164, 600], [292, 582], [292, 242], [632, 242], [632, 446], [904, 446], [904, 174], [1000, 174], [1000, 480], [1070, 480]];
      return {
        defs: [],
        body: [
          rect(0, 0, W, H, '#f3f1ea'),
          path('M120 -20C60 200 90 500 200 700', 'none', { stroke: '#9cc9e2', 'stroke-width': 60 }),
          path('M-20 60C300 40 700 70 1220 30', 'none', { stroke: '#9cc9e2', 'stroke-width': 44 }),
          rect(214, 94, 776, 488, '#d8d4c8', { rx: 30 }),
          ...[...byColor].map(([color, d]) => path(d, color)),
          polyline(route, '#1d2933', 6, { 'stroke-dasharray': '14 10' }),
          group({ transform: 'translate(1010 500)' },
            circle(0, 80, 44, 'none', { stroke: '#1d2933', 'stroke-width': 8 }),
            circle(130, 80, 44, 'none', { stroke: '#1d2933', 'stroke-width': 8 }),
            polyline([[0, 80], [44, 20], [110, 20], [130, 80], [62, 80], [44, 20]], '#2f7d8c', 9),
            polyline([[110, 20], [104, -6], [128, -6]], '#1d2933', 7),
            rect(110, -22, 30, 22, '#fff', { stroke: '#1d2933', 'stroke-width': 4, rx: 4 }),
            circle(125, -11, 5, '#d73027')),
          ...heat.map((c, i) => rect(1020, 120 + i * 36, 90, 28, c, { rx: 4 })),
        ],
      };
    },
  },
  {
    file: 'hitzekarte-baeume.svg',
    title: 'Querschnitt einer Straße: links Bäume mit Schatten, rechts offener Asphalt mit aufsteigenden Hitzewellen, darüber zwei Thermometer mit unterschiedlich hohen Säulen',
    draw() {
      const thermo = (x: number, level: number, color: string) =>
        group({}, rect(x - 16, 120, 32, 220, '#fff', { rx: 16, stroke: '#51606b', 'stroke-width': 5 }), circle(x, 350, 30, color, { stroke: '#51606b', 'stroke-width': 5 }),
          rect(x - 8, 340 - level, 16, level + 10, color));
      let waves = '';
      for (let i = 0; i < 5; i++) waves += `M${700 + i * 90} 560q-20 -30 0 -60t0 -60t0 -60`;
      return {
        defs: [],
        body: [
          rect(0, 0, W, H, '#fdf3e0'),
          circle(1100, 90, 60, '#fbc45a'),
          rect(0, 140, 110, 440, '#c9b8a0'),
          rect(1110, 200, 90, 380, '#c9b8a0'),
          rect(0, 580, W, 95, '#6f757b'),
          rect(0, 570, 560, 20, '#bdb5a6'),
          ellipse(300, 590, 260, 22, '#3f4a52', { opacity: 0.45 }),
          rect(190, 380, 24, 200, '#6b4f36'),
          rect(400, 400, 24, 180, '#6b4f36'),
          circle(202, 320, 110, '#4d9a57'),
          circle(150, 370, 70, '#3f8a4a'),
          circle(412, 350, 100, '#4d9a57'),
          circle(470, 390, 60, '#3f8a4a'),
          path(waves, 'none', { stroke: '#f08a24', 'stroke-width': 6, 'stroke-linecap': 'round', opacity: 0.8 }),
          thermo(300, 80, '#4575b4'),
          thermo(860, 200, '#d73027'),
        ],
      };
    },
  },
  {
    file: 'ukraine-koalition.svg',
    title: 'Ein ovaler Konferenztisch von oben mit Stühlen, Unterlagen und Wassergläsern vor einer stilisierten Landkarte',
    draw() {
      const chairs: string[] = [];
      const places: string[] = [];
      const count = 14;
      for (let i = 0; i < count; i++) {
        const a = (Math.PI * 2 * i) / count;
        const cx = 600 + 330 * Math.cos(a);
        const cy = 350 + 190 * Math.sin(a);
        const deg = (a * 180) / Math.PI + 90;
        chairs.push(rect(cx - 34, cy - 30, 68, 60, '#2f3b47', { rx: 14, transform: `rotate(${num(deg)} ${num(cx)} ${num(cy)})` }));
        const px = 600 + 240 * Math.cos(a);
        const py = 350 + 126 * Math.sin(a);
        places.push(
          rect(px - 22, py - 16, 44, 32, '#fafafa', { transform: `rotate(${num(deg)} ${num(px)} ${num(py)})` }),
          circle(600 + 205 * Math.cos(a + 0.12), 350 + 100 * Math.sin(a + 0.12), 9, '#cfe6f0', { stroke: '#9bb7c4', 'stroke-width': 2 }),
        );
      }
      let meridians = '';
      for (let x = 0; x <= W; x += 100) meridians += `M${x} 0V675`;
      for (let y = 0; y <= H; y += 100) meridians += `M0 ${y}H1200`;
      return {
        defs: [],
        body: [
          rect(0, 0, W, H, '#c9d6e0'),
          path('M80 120Q220 40 380 90T640 60L760 140Q860 120 980 170L1120 150L1200 210V420Q1080 470 980 440T760 500L600 470Q460 520 300 470T80 520Q20 400 60 300T80 120z', '#e2e8ed'),
          path('M150 560q60 -30 120 0t90 40l-40 60h-170zM900 560q80 -40 160 -10l60 120h-260z', '#e2e8ed'),
          path(meridians, 'none', { stroke: '#b5c4d0', 'stroke-width': 1.5 }),
          ...chairs,
          ellipse(600, 350, 290, 160, '#6d4c35'),
          ellipse(600, 350, 262, 136, '#84603f'),
          ...places,
          ellipse(600, 350, 90, 40, '#6d4c35'),
          circle(600, 350, 14, '#3f8f4f'),
        ],
      };
    },
  },
];

mkdirSync(outDir, { recursive: true });
for (const scene of scenes) {
  const svg = document(scene);
  writeFileSync(join(outDir, scene.file), svg);
  console.log(`${scene.file}  ${(Buffer.byteLength(svg) / 1024).toFixed(1)} KB`);
}
