package app;

public final class Rect {
    final int x, y, width, height;

    public Rect(int x, int y, int width, int height) {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size");
        }
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
    }

    boolean contains(int px, int py) {
        return px >= x && px < x + width && py >= y && py < y + height;
    }
}
