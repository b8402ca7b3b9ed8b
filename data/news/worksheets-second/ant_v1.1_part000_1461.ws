# ant_v1.1_part000_1461 (second pass, third1)
@P1
ORG | الداخلية | p1_moi
NORP | المصرية | p1_egyptian
ORG | الإخوان | p1_mb
GPE | قطر | p1_qatar
REL | CRITICIZES | p1_moi | p1_mb

@P2
DATE | الإثنين | p2_monday
ORG | وزارة الداخلية المصرية | p2_moi
ORG | الإخوان المسلمين | p2_mb
DATE | الأحد | p2_sunday
GPE | القاهرة | p2_cairo
REL | CRITICIZES | p2_moi | p2_mb

@P3
DATE | الإثنين | p3_monday1
ORG | وزارة الداخلية المصرية | p3_moi1
ORG | الإخوان المسلمين | p3_mb1
DATE | الأحد | p3_sunday1
GPE | القاهرة | p3_cairo1
REL | CRITICIZES | p3_moi1 | p3_mb1
ORG | وزارة الداخلية المصرية | p3_moi2
DATE | الإثنين | p3_monday2
ORG | الإخوان المسلمين | p3_mb2
GPE | قطر | p3_qatar
DATE | الأحد | p3_sunday2
GPE | القاهرة | p3_cairo2
REL | CRITICIZES | p3_moi2 | p3_mb2
PER | عبد الفتاح السيسي | p3_sisi
PER | محمود شفيق محمد مصطفى | p3_bomber
NORP | الأقباط الأرثوذكس | p3_coptic_orthodox
NORP | الأقباط | p3_copts
NORP | المصرية | p3_egyptian
ORG | حسم | p3_hasm
ORG | الإخوان المسلمين | p3_mb3
ORG | وزارة الداخلية | p3_moi3
PER | أبو دجانة الكناني | p3_abudujana
DATE | مطلع 2014 | p3_2014
ORG | إخوان المسلمين | p3_mb4
REL | SUPPORTS | p3_abudujana | p3_mb4
