"""The Processing provider 'est' and its algorithms (thin adapters around est_plugin.core)."""
