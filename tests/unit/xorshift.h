/*
 * The randomized comparison tests' generator: xorshift32, so a seed gives
 * the same cases on every machine and a failure can be replayed.
 */
#ifndef TEST_XORSHIFT_H
#define TEST_XORSHIFT_H

#include <stdint.h>

#include "util.h"

/* The next number below N from state *S (never 0). */
static inline uint32_t
xorshift_below(uint32_t *s, uint32_t n)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s % n;
}

/* A test file's own generator (seed it by setting RNG), and its next number
 * below N. */
static uint32_t rng;

static inline uint32_t
rnd(uint32_t n)
{
	return xorshift_below(&rng, n);
}

/* Up to MAX of the NP PIECES, drawn with rnd(), one after the other in B
 * (maybe none: ""). */
static inline const char *
rnd_text(struct buf *b, size_t max, const char *const *pieces, size_t np)
{
	size_t n = rnd((uint32_t)max + 1);

	buf_reset(b);
	buf_puts(b, "");
	for (size_t i = 0; i < n; i++)
		buf_puts(b, pieces[rnd((uint32_t)np)]);
	return b->p;
}

#endif
