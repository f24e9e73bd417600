#ifndef CRC_H
#define CRC_H

#include <stddef.h>
#include <stdint.h>

uint32_t crc32_compute(const unsigned char *data, size_t len);

#endif
