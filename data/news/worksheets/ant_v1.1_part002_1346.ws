# ant_v1.1_part002_1346 (annotator14)
@P1
DATE | أولى أيام شهر رمضان | p1_ramadan

@P2
DATE | الثلاثة أيام الأولى لشهر رمضان | p2_ramadan

@P3
DATE | الثلاثاء | p3_tue
ORG | وزارة الصناعة والتجارة | p3_ministry
ORG | إدارة الجودة وحماية المستهلك | p3_quality
DATE | اليومين الأولين من شهر رمضان 2017 | p3_ramadan
