export interface ButtonStyle {
  color: string;
  background: string;
  borderRadius?: number;
}

export function css(style: ButtonStyle): string {
  const radius = style.borderRadius ?? 4;
  return `color:${style.color};background:${style.background};border-radius:${radius}px`;
}
