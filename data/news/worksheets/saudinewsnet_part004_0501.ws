@P2
DATE | منتصف هذا القرن | p2_midcentury
PERCENT | 90% | p2_pct1
PERCENT | 90% | p2_pct2
DATE | نهاية القرن | p2_endcentury
