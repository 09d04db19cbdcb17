"""The demo workspace: a fixture builder, not a use case.

It sits beside the doors (the window and the CLI offer it; tests and the benches build
on it) and goes through the services like they do: customers, meters and readings are
made with the domain's checks, and two years of billing run the real services.
"""
