# saudinewsnet_part004_0169 (annotator49)
# "عيادة (نقاء)", "بطاقة (نقاء)", "عيادات (نقاء)": the brackets keep the classifier out; a clinic or card named
# after the body gives the body only (§7.6) → ORG `نقاء`. The campaign title "شهر أتقى وصيام انقى" and the quoted
# slogan-title "افطار نقياً مع نقاء" have no type; the body's name inside the latter is annotated.
@P1
ORG | نقاء | p1_naqaa

@P2
ORG | الجمعية الخيرية لمكافحة التدخين | p2_society
ORG | نقاء | p2_naqaa1
DATE | رمضان | p2_ramadan
FAC | العثيم مول | p2_othaim
FAC | رياض جاليري | p2_riyadhgallery
FAC | صحاري مول | p2_sahara
FAC | الحياة مول | p2_hayat
ORG | نقاء | p2_naqaa2
ORG | مجموعة صيدلية النهدي | p2_nahdi
ORG | نقاء | p2_naqaa3
ORG | نقاء | p2_naqaa4
DATE | 20 شعبان حتى 19 رمضان 1436ه | p2_period
ORG | نقاء | p2_naqaa5
PERCENT | 61% | p2_pct1
ORG | نقاء | p2_naqaa6
PERCENT | 55% | p2_pct2
