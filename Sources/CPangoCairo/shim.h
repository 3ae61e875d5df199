#ifndef BEREDSKAP_CPANGOCAIRO_SHIM_H
#define BEREDSKAP_CPANGOCAIRO_SHIM_H

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

/// PANGO_SCALE is a macro with a cast; Swift sees this constant instead.
static inline int beredskap_pango_scale(void) { return PANGO_SCALE; }

#endif
