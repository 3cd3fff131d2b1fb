#include "read/reader.h"

namespace gklint {

ReadResult read_html(std::string_view, const ReadOptions&) {
    throw InputError("reading html is not implemented yet", 0);
}

}  // namespace gklint
