// Decorative: cities (amber) linked to providers (teal) across a dotted globe. Hidden
// from assistive technology; the hero's text carries the meaning.
const CITIES: [number, number][] = [
  [120, 120],
  [300, 90],
  [390, 210],
  [170, 270],
];
const PROVIDERS: [number, number][] = [
  [220, 170],
  [80, 210],
  [330, 300],
  [420, 110],
  [250, 40],
];
const LINKS: [number, number][] = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 3],
  [1, 4],
  [2, 2],
  [2, 3],
  [3, 0],
  [3, 2],
  [3, 1],
];

export function HeroArt() {
  const dots: [number, number][] = [];
  for (let x = 20; x <= 460; x += 22) {
    for (let y = 20; y <= 340; y += 22) {
      const dx = (x - 240) / 220;
      const dy = (y - 180) / 160;
      if (dx * dx + dy * dy <= 1) dots.push([x, y]);
    }
  }
  return (
    <svg viewBox="0 0 480 360" width="100%" height="100%" aria-hidden="true" focusable="false">
      <defs>
        <linearGradient id="cm-link" x1="0" x2="1">
          <stop offset="0" stopColor="#fbbf24" stopOpacity="0.9" />
          <stop offset="1" stopColor="#5eead4" stopOpacity="0.9" />
        </linearGradient>
        <radialGradient id="cm-glow">
          <stop offset="0" stopColor="#ffffff" stopOpacity="0.35" />
          <stop offset="1" stopColor="#ffffff" stopOpacity="0" />
        </radialGradient>
      </defs>
      {dots.map(([x, y]) => (
        <circle key={`${x}-${y}`} cx={x} cy={y} r={1.6} fill="#ffffff" opacity={0.22} />
      ))}
      {LINKS.map(([c, p]) => {
        const [x1, y1] = CITIES[c] ?? [0, 0];
        const [x2, y2] = PROVIDERS[p] ?? [0, 0];
        const mx = (x1 + x2) / 2;
        const my = Math.min(y1, y2) - 30;
        return (
          <path
            key={`${c}-${p}`}
            d={`M${x1},${y1} Q${mx},${my} ${x2},${y2}`}
            fill="none"
            stroke="url(#cm-link)"
            strokeWidth={1.6}
            opacity={0.75}
          />
        );
      })}
      {PROVIDERS.map(([x, y]) => (
        <g key={`p-${x}-${y}`}>
          <circle cx={x} cy={y} r={16} fill="url(#cm-glow)" />
          <circle cx={x} cy={y} r={6} fill="#5eead4" stroke="#0f766e" strokeWidth={2} />
        </g>
      ))}
      {CITIES.map(([x, y]) => (
        <g key={`c-${x}-${y}`}>
          <circle cx={x} cy={y} r={22} fill="url(#cm-glow)" />
          <rect
            x={x - 8}
            y={y - 8}
            width={16}
            height={16}
            rx={4}
            fill="#fbbf24"
            stroke="#92400e"
            strokeWidth={1.5}
          />
        </g>
      ))}
    </svg>
  );
}
