@P1
DATE | الخمسين عاماً القادمة | p1_next50

@P2
DATE | منتصف هذا القرن | p2_midcentury
DATE | الخمسين عاماً القادمة | p2_next50
PERCENT | 90% | p2_pct1
PERCENT | 90% | p2_pct2
DATE | نهاية القرن | p2_endcentury
