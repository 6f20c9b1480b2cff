// libxml2's push parser and SAX2 callbacks, for reading WordPress exports as a stream.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, and its headers would then include the system's ICU, whose
// declarations clash with the copy of ICU inside Swift's Foundation. The only thing ICU adds
// to these headers is two pointers at the end of xmlCharEncodingHandler, a struct the import
// never touches, so ICU is left out of what Swift sees.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/SAX2.h>
