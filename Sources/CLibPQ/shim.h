// libpq from Debian's libpq-dev: the only C boundary for the regional store (Sources/BeredskapRegion/Connection.swift).
#include <postgresql/libpq-fe.h>
