package io.github.sioasyncapi.test.autoconfigure.slice;

import org.springframework.stereotype.Service;

/** A service the slice leaves out. */
@Service
class AuditService {

}
