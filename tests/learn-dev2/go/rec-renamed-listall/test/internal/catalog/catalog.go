package catalog

// Item is one product of the seed catalogue.
type Item struct {
	SKU   string
	Name  string
	Cents int
}

var items = []Item{
	{"TOM-01", "Tomato 'Black Krim'", 320},
	{"BAS-02", "Basil Genovese", 250},
	{"PEA-03", "Pea 'Kelvedon Wonder'", 280},
}

// ListAll returns every item of the catalogue.
func ListAll() []Item {
	out := make([]Item, len(items))
	copy(out, items)
	return out
}
