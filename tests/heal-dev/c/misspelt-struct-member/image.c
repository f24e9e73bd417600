#include <stdio.h>
#include <stdlib.h>

struct image {
    int width;
    int height;
    unsigned char *pixels;
};

static struct image *image_new(int w, int h) {
    struct image *img = malloc(sizeof *img);
    if (!img) return NULL;
    img->width = w;
    img->height = h;
    img->pixels = calloc((size_t)w * (size_t)h, 1);
    if (!img->pixels) {
        free(img);
        return NULL;
    }
    return img;
}

static void draw_rect(struct image *img, int x0, int y0, int x1, int y1, unsigned char v) {
    for (int y = y0; y < y1 && y < img->hieght; y++) {
        for (int x = x0; x < x1 && x < img->width; x++) {
            img->pixels[y * img->width + x] = v;
        }
    }
}

static long sum(const struct image *img) {
    long s = 0;
    for (int i = 0; i < img->width * img->height; i++) s += img->pixels[i];
    return s;
}

int main(void) {
    struct image *img = image_new(8, 6);
    if (!img) return 1;
    draw_rect(img, 2, 1, 20, 4, 10);
    long s = sum(img);
    printf("sum %ld\n", s);
    free(img->pixels);
    free(img);
    return s == 180 ? 0 : 1;
}
