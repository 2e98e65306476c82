"""Adapters to distributed engines; today Dask (``bilateral ingest --engine dask``).

``scale.dask.run_dask_ingest`` is the entry point; ``scale.tasks`` is what workers run, ``scale.shards``
the Parquet records they hand back and ``scale.triage`` the client-side duplicate checks. Importing this
package does not import Dask, which is optional (``pip install 'bilateral[cluster]'``).
"""
