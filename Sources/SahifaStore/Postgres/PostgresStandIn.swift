enum PostgresStandIn: Error { case notWritten }
