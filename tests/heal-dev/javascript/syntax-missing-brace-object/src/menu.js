const menu = {
  starters: [
    { name: "soup", price: 6.5 },
    { name: "bruschetta", price: 7 },
  ],
  mains: [
    { name: "risotto", price: 15, veg: true },
    { name: "steak", price: 24 },
    { name: "curry", price: 14, veg: true ,
  ],
};

const veg = Object.values(menu)
  .flat()
  .filter((d) => d.veg)
  .map((d) => d.name);
console.log(veg);
if (veg.length !== 2) throw new Error("expected two vegetarian dishes");
