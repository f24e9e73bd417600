#include <stddef.h>
#include <stdint.h>

static int32_t clamp(int32_t v, int32_t lo, int32_t hi)
{
    if (v < lo)
        return lo;
    if (v > hi)
        return hi;
    return v;
}

void apply_gain(int16_t *samples, size_t n, float gain)
{
    for (size_t i = 0; i < n; i++) {
        int32_t s = samples[i];
        samples[i] = (int16_t)clamp((int32_t)(s * gain), INT16_MIN, INT16_MAX);
    }
}
