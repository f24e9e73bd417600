type Zone = "domestic" | "eu" | "world";

export function shippingCents(zone: Zone, weightGrams: number): number {
  if (weightGrams <= 0) {
    throw new Error("weight must be positive");
  }
  const kg = Math.ceil(weightGrams / 1000);
  if (zone === "domestic") {
    return 490 + (kg - 1) * 100;
  } else if (zone === "eu") {
    return 990 + (kg - 1) * 250;
  }
}

console.log(shippingCents("eu", 2500));
