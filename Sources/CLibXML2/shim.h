#include <libxml/xmlversion.h>
/* Debian's libxml2 pulls in the system ICU headers, which clash with the ICU that
   Foundation brings ("'UErrorCode' has different definitions"), but only on cold builds.
   quire never touches libxml2's ICU converters, so hide them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
