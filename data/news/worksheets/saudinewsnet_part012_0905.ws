# saudinewsnet_part012_0905 (annotator51)
# "مدير المهرجان" gives no ROLE (an EVENT is no ROLE target); "300 ألف" has no currency: not MONEY.
@P1
EVENT | مهرجان عسل أبها | p1_fest

@P2
EVENT | مهرجان العسل | p2_fest1           # the festival's short name (like مهرجان العسل الدولي)
FAC | ساحة المفتاحة الخارجية | p2_square   # as in saudinewsnet_part001_0578 (annotator47)
EVENT | مهرجان أبها يجمعنا | p2_abhafest
PER | عائض بن محيا | p2_muhaya
GPE | مكة | p2_makkah
GPE | الباحة | p2_baha
GPE | عسير | p2_asir
GPE | جازان | p2_jazan
GPE | القصيم | p2_qassim
DATE | 30 شوال | p2_shawwal
MONEY | 150 300 ريال | p2_price       # a price range, one span; "للكيلو" out

@P4
PER | بن محيا | p4_muhaya
