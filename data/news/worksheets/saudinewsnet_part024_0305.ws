# saudinewsnet_part024_0305 (annotator35)
@P1
FAC | قناة السويس | p1_canal

@P2
FAC | قناة السويس الجديدة | p2_newcanal
PERCENT | 35% | p2_pct
NORP | المصري | p2_egyptian

@P3
FAC | قناة السويس الجديدة | p3_newcanal
MONEY | 15 مليار دولار | p3_money
DATE | عام 2023 | p3_2023
DATE | عام 2010 | p3_2010
ORG | البنك المركزي | p3_cb

@P4
NORP | المصري | p4_egyptian
FAC | قناة السويس | p4_canal1
MONEY | 100 مليار دولار | p4_money
FAC | قناة السويس | p4_canal2

@P5
GPE | مصر | p5_egypt
