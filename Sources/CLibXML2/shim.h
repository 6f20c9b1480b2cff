// libxml2's push parser and SAX2 callbacks, for reading WordPress exports as a stream.
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/SAX2.h>
