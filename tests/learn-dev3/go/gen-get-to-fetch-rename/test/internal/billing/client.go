package billing

type Invoice struct {
	ID    string
	Cents int64
}

type Client struct {
	store map[string]Invoice
}

func NewClient() *Client {
	return &Client{store: map[string]Invoice{"inv-1": {"inv-1", 4200}, "inv-2": {"inv-2", 990}}}
}

func (c *Client) FetchInvoice(id string) (Invoice, bool) {
	inv, ok := c.store[id]
	return inv, ok
}
