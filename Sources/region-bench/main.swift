print("region-bench")
